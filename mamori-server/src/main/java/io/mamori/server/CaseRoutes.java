package io.mamori.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mamori.core.access.Role;
import io.mamori.core.cases.CaseStatus;
import io.mamori.core.cases.DisarmTechnique;
import io.mamori.core.cases.Severity;
import io.mamori.store.Transactions;
import io.mamori.store.cases.CaseAccount;
import io.mamori.store.cases.CaseRecord;
import io.mamori.store.cases.CaseStore;
import io.mamori.store.cases.CaseTag;
import io.mamori.store.cases.DisarmCatalogue;
import io.mamori.store.cases.HistoryEntry;
import io.mamori.store.cases.NewCase;
import io.mamori.store.cases.TakedownStore;
import io.mamori.store.users.User;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cases: opened from an analysis group or a set of accounts, moved through the workflow of
 * {@link CaseStatus}, assigned, annotated, linked to evidence and tagged with DISARM techniques;
 * every change is in the case's history and the audit trail. Partners never see cases; admins
 * manage users and do not read cases (least privilege).
 */
final class CaseRoutes implements ApiModule {
    /** Who reads cases: the office's case workers and the oversight commission. */
    static final Set<Role> CASE_READ = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.OVERSIGHT);
    static final int MAX_ACCOUNTS = 10_000;

    private final ServerContext context;
    private final CaseStore cases = new CaseStore();
    private final TakedownStore takedowns = new TakedownStore();
    private final DisarmCatalogue disarm = DisarmCatalogue.shipped();

    CaseRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/cases", Roles.CASEWORK, "Open a case from an analysis group and/or accounts", this::create),
                ApiRoute.get("/api/v1/cases", CASE_READ, "List cases (filters: status, severity, assignee, tag; paging)", this::list),
                ApiRoute.get("/api/v1/cases/{id}", CASE_READ, "A case with its accounts, notes, evidence, tags and takedown requests", this::get),
                ApiRoute.patch("/api/v1/cases/{id}", Roles.CASEWORK, "Change a case's title, description or severity", this::update),
                ApiRoute.post("/api/v1/cases/{id}/transition", Roles.CASEWORK, "Move a case to another status", this::transition),
                ApiRoute.post("/api/v1/cases/{id}/assign", Roles.CASEWORK, "Assign a case to an analyst or supervisor (null unassigns)", this::assign),
                ApiRoute.post("/api/v1/cases/{id}/notes", Roles.CASEWORK, "Add an internal note to a case", this::note),
                ApiRoute.post("/api/v1/cases/{id}/evidence", Roles.CASEWORK, "Add an evidence link to a case", this::evidence),
                ApiRoute.post("/api/v1/cases/{id}/tags", Roles.CASEWORK, "Tag a case with a DISARM technique", this::tag),
                ApiRoute.delete("/api/v1/cases/{id}/tags/{techniqueId}", Roles.CASEWORK, "Remove a DISARM technique tag", this::untag),
                ApiRoute.get("/api/v1/cases/{id}/history", CASE_READ, "Every change to a case", this::history));
    }

    record AccountBody(@JsonProperty("platform") String platform, @JsonProperty("accountId") String accountId,
                       @JsonProperty("username") String username) {
    }

    record NewCaseBody(@JsonProperty("title") String title, @JsonProperty("description") String description,
                       @JsonProperty("severity") String severity, @JsonProperty("analysisId") Long analysisId,
                       @JsonProperty("groupId") String groupId, @JsonProperty("accounts") List<AccountBody> accounts) {
    }

    record UpdateBody(@JsonProperty("title") String title, @JsonProperty("description") String description,
                      @JsonProperty("severity") String severity) {
    }

    record TransitionBody(@JsonProperty("to") String to, @JsonProperty("reason") String reason) {
    }

    record AssignBody(@JsonProperty("assignee") String assignee) {
    }

    record NoteBody(@JsonProperty("body") String body) {
    }

    record EvidenceBody(@JsonProperty("url") String url, @JsonProperty("kind") String kind,
                        @JsonProperty("description") String description, @JsonProperty("platform") String platform) {
    }

    record TagBody(@JsonProperty("techniqueId") String techniqueId) {
    }

    private void create(ApiRequest r) {
        NewCaseBody b = r.body(NewCaseBody.class);
        String title = CaseInput.required("/title", b.title(), 200);
        String description = CaseInput.optional("/description", b.description(), 20_000);
        Severity severity = severity("/severity", b.severity());
        if ((b.analysisId() == null) != (b.groupId() == null)) {
            throw ApiProblem.badRequest(b.analysisId() == null ? "/analysisId" : "/groupId",
                    "analysisId and groupId go together: give both or neither");
        }
        List<CaseAccount> accounts = new ArrayList<>();
        List<AccountBody> given = b.accounts() == null ? List.of() : b.accounts();
        if (given.size() > MAX_ACCOUNTS) {
            throw ApiProblem.badRequest("/accounts", "at most " + MAX_ACCOUNTS + " accounts");
        }
        for (int i = 0; i < given.size(); i++) {
            AccountBody a = given.get(i);
            if (a == null) {
                throw ApiProblem.badRequest("/accounts/" + i, "an account must be an object");
            }
            accounts.add(new CaseAccount(CaseInput.platform("/accounts/" + i + "/platform", a.platform()),
                    CaseInput.required("/accounts/" + i + "/accountId", a.accountId(), 200),
                    CaseInput.optional("/accounts/" + i + "/username", a.username(), 200)));
        }
        if (b.analysisId() == null && accounts.isEmpty()) {
            throw ApiProblem.badRequest("/accounts", "a case needs an analysis group (analysisId, groupId) or accounts");
        }
        Instant now = CaseInput.now(context);
        String me = r.user().username();
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            long id = cases.create(c, new NewCase(title, description, severity, b.analysisId(), b.groupId(), accounts), me, now)
                    .orElseThrow(() -> ApiProblem.badRequest("/groupId",
                            "analysis " + b.analysisId() + " has no group '" + b.groupId() + "'"));
            cases.history(c, id, me, "create", null, CaseStatus.NEW.wireName(),
                    b.analysisId() == null ? null : "from analysis " + b.analysisId() + " group " + b.groupId(), now);
            context.audit().append(c, r.audit("case.create", "case", Long.toString(id), null, id, "ok"));
            return detail(c, load(c, id));
        });
        r.ctx().header("Location", "/api/v1/cases/" + out.get("id"));
        r.json(201, out);
    }

    private void list(ApiRequest r) {
        CaseStatus status = r.query("status").map(s -> CaseStatus.fromWireName(s).orElseThrow(() -> ApiProblem.badRequest("status",
                "status must be one of " + wireNames(CaseStatus.values()) + ", was '" + s + "'"))).orElse(null);
        Severity severity = r.query("severity").map(s -> severity("severity", s)).orElse(null);
        String assignee = r.query("assignee").orElse(null);
        String tag = r.query("tag").map(t -> technique("tag", t).id()).orElse(null);
        int limit = r.queryInt("limit", 50, 1, 500);
        int offset = r.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            CaseStore.Page page = cases.list(c, new CaseStore.Filter(status, severity, assignee, tag, limit, offset));
            // a filtered list is a search: audited with its filters
            context.audit().append(c, r.audit("case.search", "case", r.ctx().queryString(), null, null, "ok"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cases", page.cases().stream().map(CaseRoutes::summary).toList());
            m.put("total", page.total());
            m.put("limit", limit);
            m.put("offset", offset);
            return m;
        });
        r.json(200, out);
    }

    private void get(ApiRequest r) {
        long id = r.pathId("id");
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            CaseRecord k = load(c, id);
            // the case's accounts are personal data: every read is audited
            context.audit().append(c, r.audit("case.read", "case", Long.toString(id), null, id, "ok"));
            return detail(c, k);
        });
        r.json(200, out);
    }

    /** Changes the fields given (absent fields stay); each change is a history row with its old and new value. */
    private void update(ApiRequest r) {
        long id = r.pathId("id");
        UpdateBody b = r.body(UpdateBody.class);
        String title = b.title() == null ? null : CaseInput.required("/title", b.title(), 200);
        String description = b.description() == null ? null : CaseInput.optional("/description", b.description(), 20_000);
        Severity severity = b.severity() == null ? null : severity("/severity", b.severity());
        if (title == null && b.description() == null && severity == null) {
            throw ApiProblem.badRequest("/", "give at least one of title, description, severity");
        }
        Instant now = CaseInput.now(context);
        String me = r.user().username();
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            CaseRecord k = open(c, id);
            CaseRecord changed = new CaseRecord(k.id(), title == null ? k.title() : title,
                    b.description() == null ? k.description() : description, k.status(),
                    severity == null ? k.severity() : severity, k.assignee(), k.createdBy(), k.analysisId(), k.groupId(),
                    k.createdAt(), now);
            cases.update(c, changed);
            if (!changed.title().equals(k.title())) {
                cases.history(c, id, me, "title", k.title(), changed.title(), null, now);
            }
            if (!java.util.Objects.equals(changed.description(), k.description())) {
                cases.history(c, id, me, "description", null, null, null, now);
            }
            if (changed.severity() != k.severity()) {
                cases.history(c, id, me, "severity", k.severity().wireName(), changed.severity().wireName(), null, now);
            }
            context.audit().append(c, r.audit("case.update", "case", Long.toString(id), null, id, "ok"));
            return summary(load(c, id));
        });
        r.json(200, out);
    }

    private void transition(ApiRequest r) {
        long id = r.pathId("id");
        TransitionBody b = r.body(TransitionBody.class);
        String toName = CaseInput.required("/to", b.to(), 40);
        CaseStatus to = CaseStatus.fromWireName(toName).orElseThrow(() -> ApiProblem.badRequest("/to",
                "to must be one of " + wireNames(CaseStatus.values()) + ", was '" + toName + "'"));
        String reason = CaseInput.optional("/reason", b.reason(), 5000);
        if (reason == null && (to == CaseStatus.CONFIRMED || to == CaseStatus.DISMISSED)) {
            throw ApiProblem.badRequest("/reason", "confirming or dismissing a case needs a reason");
        }
        Instant now = CaseInput.now(context);
        User me = r.user();
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            CaseRecord k = load(c, id);
            CaseInput.enforce(k.status().check(to, me.role()));
            if (!cases.updateStatus(c, id, k.status(), to, now)) {
                throw ApiProblem.conflict("the case changed concurrently; it is now '" + load(c, id).status().wireName() + "'");
            }
            cases.history(c, id, me.username(), "transition", k.status().wireName(), to.wireName(), reason, now);
            context.audit().append(c, r.audit("case.transition", "case", Long.toString(id), reason, id, "ok"));
            return summary(load(c, id));
        });
        r.json(200, out);
    }

    private void assign(ApiRequest r) {
        long id = r.pathId("id");
        AssignBody b = r.body(AssignBody.class);
        String assignee = CaseInput.optional("/assignee", b.assignee(), 63);
        if (assignee != null) {
            User u = context.users().find(assignee).orElseThrow(() -> ApiProblem.badRequest("/assignee", "no user '" + assignee + "'"));
            if (u.role() != Role.ANALYST && u.role() != Role.SUPERVISOR) {
                throw ApiProblem.badRequest("/assignee", "cases are assigned to analysts or supervisors; '" + assignee + "' is "
                        + u.role().wireName());
            }
        }
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            CaseRecord k = open(c, id);
            cases.setAssignee(c, id, assignee, now);
            cases.history(c, id, r.user().username(), "assign", k.assignee(), assignee, null, now);
            context.audit().append(c, r.audit("case.assign", "case", Long.toString(id), null, id, "ok"));
            return summary(load(c, id));
        });
        r.json(200, out);
    }

    private void note(ApiRequest r) {
        long id = r.pathId("id");
        String body = CaseInput.required("/body", r.body(NoteBody.class).body(), 20_000);
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            open(c, id);
            long noteId = cases.addNote(c, id, r.user().username(), body, now);
            cases.touch(c, id, now);
            cases.history(c, id, r.user().username(), "note", null, Long.toString(noteId), null, now);
            context.audit().append(c, r.audit("case.note", "case", Long.toString(id), null, id, "ok"));
            return Map.<String, Object>of("id", noteId, "author", r.user().username(), "body", body, "createdAt", now);
        });
        r.json(201, out);
    }

    private void evidence(ApiRequest r) {
        long id = r.pathId("id");
        EvidenceBody b = r.body(EvidenceBody.class);
        String url = CaseInput.httpUrl("/url", b.url());
        String kind = CaseInput.required("/kind", b.kind(), 40);
        String description = CaseInput.optional("/description", b.description(), 5000);
        // the platform whose operator may see this link in an evidence bundle; none: kept inside the office
        String platform = b.platform() == null ? null : CaseInput.platform("/platform", b.platform());
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            open(c, id);
            long evidenceId = cases.addEvidence(c, id, url, kind, description, r.user().username(), now, platform);
            cases.touch(c, id, now);
            cases.history(c, id, r.user().username(), "evidence", null, url, description, now);
            context.audit().append(c, r.audit("case.evidence", "case", Long.toString(id), null, id, "ok"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", evidenceId);
            m.put("url", url);
            m.put("kind", kind);
            m.put("description", description);
            m.put("platform", platform);
            m.put("addedBy", r.user().username());
            m.put("addedAt", now);
            return m;
        });
        r.json(201, out);
    }

    private void tag(ApiRequest r) {
        long id = r.pathId("id");
        DisarmTechnique t = technique("/techniqueId", CaseInput.required("/techniqueId", r.body(TagBody.class).techniqueId(), 20));
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            open(c, id);
            if (cases.addTag(c, id, t.id(), r.user().username(), now)) {
                cases.touch(c, id, now);
                cases.history(c, id, r.user().username(), "tag", null, t.id(), null, now);
                context.audit().append(c, r.audit("case.tag", "case", Long.toString(id), null, id, "ok"));
            }
            return Map.<String, Object>of("tags", tags(cases.tags(c, id)));
        });
        r.json(200, out);
    }

    private void untag(ApiRequest r) {
        long id = r.pathId("id");
        String techniqueId = r.path("techniqueId");
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            open(c, id);
            if (!cases.removeTag(c, id, techniqueId)) {
                throw ApiProblem.notFound("case " + id + " is not tagged '" + techniqueId + "'");
            }
            cases.touch(c, id, now);
            cases.history(c, id, r.user().username(), "untag", techniqueId, null, null, now);
            context.audit().append(c, r.audit("case.untag", "case", Long.toString(id), null, id, "ok"));
            return Map.<String, Object>of("tags", tags(cases.tags(c, id)));
        });
        r.json(200, out);
    }

    private void history(ApiRequest r) {
        long id = r.pathId("id");
        List<HistoryEntry> h = Transactions.inTransaction(context.dataSource(), c -> {
            load(c, id);
            // the history repeats evidence links and reasons: reading it is reading the case
            context.audit().append(c, r.audit("case.read", "case", Long.toString(id), null, id, "ok"));
            return cases.history(c, id);
        });
        r.json(200, Map.of("history", h.stream().map(CaseRoutes::history).toList()));
    }

    private CaseRecord load(Connection c, long id) throws SQLException {
        return cases.find(c, id).orElseThrow(() -> ApiProblem.notFound("no case " + id));
    }

    /** A case that may still change: closed cases are read-only. */
    private CaseRecord open(Connection c, long id) throws SQLException {
        CaseRecord k = cases.find(c, id, true).orElseThrow(() -> ApiProblem.notFound("no case " + id));
        if (k.status() == CaseStatus.CLOSED) {
            throw ApiProblem.conflict("case " + id + " is in state 'closed' and cannot change");
        }
        return k;
    }

    private DisarmTechnique technique(String field, String id) {
        return disarm.find(id).orElseThrow(() -> ApiProblem.badRequest(field,
                "'" + id + "' is not a DISARM technique id (T0049, T0049.001...); see GET /api/v1/disarm/techniques"));
    }

    static Severity severity(String field, String s) {
        if (s == null) {
            throw ApiProblem.badRequest(field, "severity is required: one of " + wireNames(Severity.values()));
        }
        return Severity.fromWireName(s).orElseThrow(() -> ApiProblem.badRequest(field,
                "severity must be one of " + wireNames(Severity.values()) + ", was '" + s + "'"));
    }

    static List<String> wireNames(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    static Map<String, Object> summary(CaseRecord k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("title", k.title());
        m.put("status", k.status().wireName());
        m.put("severity", k.severity().wireName());
        m.put("assignee", k.assignee());
        m.put("createdBy", k.createdBy());
        m.put("analysisId", k.analysisId());
        m.put("groupId", k.groupId());
        m.put("createdAt", k.createdAt());
        m.put("updatedAt", k.updatedAt());
        return m;
    }

    private Map<String, Object> detail(Connection c, CaseRecord k) throws SQLException {
        Map<String, Object> m = summary(k);
        m.put("description", k.description());
        m.put("accounts", cases.accounts(c, k.id()));
        m.put("notes", cases.notes(c, k.id()));
        m.put("evidence", cases.evidence(c, k.id()));
        m.put("tags", tags(cases.tags(c, k.id())));
        m.put("takedowns", takedowns.list(c, new TakedownStore.Filter(null, null, k.id(), false, 1000, 0)).stream()
                .map(t -> Map.of("id", t.id(), "platform", t.platform(), "state", t.state().wireName())).toList());
        return m;
    }

    List<Map<String, Object>> tags(List<CaseTag> tags) {
        return tags.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("techniqueId", t.techniqueId());
            m.put("name", disarm.find(t.techniqueId()).map(DisarmTechnique::name).orElse(null));
            m.put("addedBy", t.addedBy());
            m.put("addedAt", t.addedAt());
            return m;
        }).toList();
    }

    static Map<String, Object> history(HistoryEntry h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", h.at());
        m.put("actor", h.actor());
        if (h.role() != null) {
            m.put("role", h.role());
        }
        m.put("action", h.action());
        m.put("from", h.from());
        m.put("to", h.to());
        m.put("reason", h.reason());
        return m;
    }
}
