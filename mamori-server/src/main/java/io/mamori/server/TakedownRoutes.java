package io.mamori.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mamori.core.access.Role;
import io.mamori.core.cases.CaseStatus;
import io.mamori.core.cases.DisarmTechnique;
import io.mamori.core.cases.PlatformMeasure;
import io.mamori.core.cases.StatementCategory;
import io.mamori.core.cases.TakedownAction;
import io.mamori.core.cases.TakedownState;
import io.mamori.store.Transactions;
import io.mamori.store.cases.CaseRecord;
import io.mamori.store.cases.CaseStore;
import io.mamori.store.cases.DisarmCatalogue;
import io.mamori.store.cases.HistoryEntry;
import io.mamori.store.cases.TakedownRecord;
import io.mamori.store.cases.TakedownStore;
import io.mamori.store.users.User;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takedown requests from a confirmed case to one platform operator, through the steps of
 * {@link TakedownAction}. A partner sees only the requests addressed to its own platform, and only
 * once they are sent; any other request is "not found" to it (404, not 403, so it learns nothing of
 * other platforms' requests).
 */
final class TakedownRoutes implements ApiModule {
    /** Staff who read requests, and partners (scoped to their platform). */
    static final Set<Role> TAKEDOWN_READ = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.OVERSIGHT, Role.PARTNER);
    static final int MAX_URLS = 1000;

    private final ServerContext context;
    private final CaseStore cases = new CaseStore();
    private final TakedownStore takedowns = new TakedownStore();
    private final DisarmCatalogue disarm = DisarmCatalogue.shipped();

    TakedownRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/cases/{id}/takedowns", Roles.CASEWORK, "Draft a takedown request from a confirmed case", this::create),
                ApiRoute.get("/api/v1/takedowns", TAKEDOWN_READ, "List takedown requests (partners: their platform's, once sent)", this::list),
                ApiRoute.get("/api/v1/takedowns/{id}", TAKEDOWN_READ, "A takedown request", this::get),
                ApiRoute.patch("/api/v1/takedowns/{id}", Roles.CASEWORK, "Edit a draft takedown request", this::edit),
                ApiRoute.post("/api/v1/takedowns/{id}/submit", Roles.CASEWORK, "Submit a draft for a supervisor's approval", this::submit),
                ApiRoute.post("/api/v1/takedowns/{id}/approve", Roles.SUPERVISOR, "Approve and send (not by the requester)", this::approve),
                ApiRoute.post("/api/v1/takedowns/{id}/send-back", Roles.SUPERVISOR, "Send back to draft with a reason (not by the requester)", this::sendBack),
                ApiRoute.post("/api/v1/takedowns/{id}/withdraw", Roles.CASEWORK, "Withdraw a request not yet sent", this::withdraw),
                ApiRoute.post("/api/v1/takedowns/{id}/acknowledge", Roles.PARTNER, "The platform acknowledges receipt", this::acknowledge),
                ApiRoute.post("/api/v1/takedowns/{id}/answer", Roles.PARTNER, "The platform answers: actioned or rejected", this::answer),
                ApiRoute.get("/api/v1/takedowns/{id}/evidence", TAKEDOWN_READ, "The evidence bundle the platform acts on", this::evidence),
                ApiRoute.get("/api/v1/takedowns/{id}/history", CaseRoutes.CASE_READ, "Every step of a takedown request", this::history));
    }

    record DraftBody(@JsonProperty("platform") String platform, @JsonProperty("category") String category,
                     @JsonProperty("legalGround") String legalGround, @JsonProperty("explanation") String explanation,
                     @JsonProperty("urls") List<String> urls) {
    }

    record ReasonBody(@JsonProperty("reason") String reason) {
    }

    record AcknowledgeBody(@JsonProperty("reference") String reference) {
    }

    record AnswerBody(@JsonProperty("decision") String decision, @JsonProperty("explanation") String explanation,
                      @JsonProperty("reference") String reference, @JsonProperty("measures") List<String> measures) {
    }

    private TakedownStore.Draft draft(DraftBody b, String platform) {
        String cat = CaseInput.required("/category", b.category(), 100);
        StatementCategory category = StatementCategory.parse(cat).orElseThrow(() -> ApiProblem.badRequest("/category",
                "category must be a DSA statement-of-reasons category such as NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS; was '"
                        + cat + "'"));
        String legalGround = CaseInput.required("/legalGround", b.legalGround(), 2000);
        String explanation = CaseInput.required("/explanation", b.explanation(), 20_000);
        if (b.urls() == null || b.urls().isEmpty()) {
            throw ApiProblem.badRequest("/urls", "urls must list the exact post or account URLs to act on");
        }
        if (b.urls().size() > MAX_URLS) {
            throw ApiProblem.badRequest("/urls", "at most " + MAX_URLS + " URLs per request");
        }
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < b.urls().size(); i++) {
            urls.add(CaseInput.httpUrl("/urls/" + i, b.urls().get(i)));
        }
        return new TakedownStore.Draft(platform, category, legalGround, explanation, new ArrayList<>(urls));
    }

    private void create(ApiRequest r) {
        long caseId = r.pathId("id");
        DraftBody b = r.body(DraftBody.class);
        TakedownStore.Draft d = draft(b, CaseInput.platform("/platform", b.platform()));
        Instant now = CaseInput.now(context);
        User me = r.user();
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            CaseRecord k = cases.find(c, caseId).orElseThrow(() -> ApiProblem.notFound("no case " + caseId));
            if (k.status() != CaseStatus.CONFIRMED) {
                throw ApiProblem.conflict("takedown requests are drafted from confirmed cases; case " + caseId + " is in state '"
                        + k.status().wireName() + "'");
            }
            long id = takedowns.create(c, caseId, d, me.username(), now);
            takedowns.history(c, id, me.username(), me.role().wireName(), "create", null, TakedownState.DRAFT, null, now);
            context.audit().append(c, r.audit("takedown.create", "takedown", Long.toString(id), null, caseId, "ok"));
            return json(takedowns.find(c, id).orElseThrow(), false);
        });
        r.ctx().header("Location", "/api/v1/takedowns/" + out.get("id"));
        r.json(201, out);
    }

    private void list(ApiRequest r) {
        User me = r.user();
        boolean partner = me.role() == Role.PARTNER;
        TakedownState state = r.query("state").map(s -> TakedownState.fromWireName(s).orElseThrow(() -> ApiProblem.badRequest("state",
                "state must be one of " + CaseRoutes.wireNames(TakedownState.values()) + ", was '" + s + "'"))).orElse(null);
        String platform = partner ? me.platform() : r.query("platform").orElse(null);
        Long caseId = partner ? null : r.query("caseId").map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("caseId", "caseId must be a number, was '" + s + "'");
            }
        }).orElse(null);
        int limit = r.queryInt("limit", 50, 1, 500);
        int offset = r.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        List<TakedownRecord> found = Transactions.inTransaction(context.dataSource(), c -> {
            // requests carry account URLs: a listing is a search of personal data, audited
            context.audit().append(c, r.audit("takedown.search", "takedown", r.ctx().queryString(), null, caseId, "ok"));
            return takedowns.list(c, new TakedownStore.Filter(platform, state, caseId, partner, limit, offset));
        });
        r.json(200, Map.of("takedowns", found.stream().map(t -> json(t, partner)).toList(), "limit", limit, "offset", offset));
    }

    private void get(ApiRequest r) {
        long id = r.pathId("id");
        TakedownRecord t = Transactions.inTransaction(context.dataSource(), c -> {
            TakedownRecord found = visible(c, r, id);
            context.audit().append(c, r.audit("takedown.read", "takedown", Long.toString(id), null, found.caseId(), "ok"));
            return found;
        });
        r.json(200, json(t, r.user().role() == Role.PARTNER));
    }

    private void edit(ApiRequest r) {
        long id = r.pathId("id");
        DraftBody b = r.body(DraftBody.class);
        if (b.platform() != null) {
            throw ApiProblem.badRequest("/platform", "the platform of a request cannot change; withdraw it and draft a new one");
        }
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            TakedownRecord t = visible(c, r, id);
            if (!t.requester().equals(r.user().username())) {
                // whoever approves must be approving what someone else wrote: only the requester edits a draft
                throw ApiProblem.forbidden("only the requester (" + t.requester() + ") may edit this takedown request");
            }
            // absent fields keep their current value
            TakedownStore.Draft d = draft(new DraftBody(null, b.category() == null ? t.category().name() : b.category(),
                    b.legalGround() == null ? t.legalGround() : b.legalGround(),
                    b.explanation() == null ? t.explanation() : b.explanation(), b.urls() == null ? t.urls() : b.urls()), t.platform());
            if (t.state() != TakedownState.DRAFT || !takedowns.edit(c, id, d, now)) {
                throw ApiProblem.conflict("only drafts can be edited; takedown request " + id + " is in state '"
                        + takedowns.find(c, id).orElseThrow().state().wireName() + "'");
            }
            takedowns.history(c, id, r.user().username(), r.user().role().wireName(), "edit", TakedownState.DRAFT,
                    TakedownState.DRAFT, null, now);
            context.audit().append(c, r.audit("takedown.edit", "takedown", Long.toString(id), null, t.caseId(), "ok"));
            return json(takedowns.find(c, id).orElseThrow(), false);
        });
        r.json(200, out);
    }

    private void submit(ApiRequest r) {
        step(r, TakedownAction.SUBMIT, null, TakedownStore.Change.NONE);
    }

    private void approve(ApiRequest r) {
        step(r, TakedownAction.APPROVE, null, new TakedownStore.Change(r.user().username(), null, null, null));
    }

    private void sendBack(ApiRequest r) {
        long id = r.pathId("id");
        String reason = CaseInput.required("/reason", r.body(ReasonBody.class).reason(), 5000);
        step(r, id, TakedownAction.SEND_BACK, reason, TakedownStore.Change.NONE);
    }

    private void withdraw(ApiRequest r) {
        long id = r.pathId("id");
        String reason = CaseInput.required("/reason", r.body(ReasonBody.class).reason(), 5000);
        step(r, id, TakedownAction.WITHDRAW, reason, TakedownStore.Change.NONE);
    }

    private void acknowledge(ApiRequest r) {
        long id = r.pathId("id");
        String body = r.ctx().body();
        String reference = body.isBlank() ? null : CaseInput.optional("/reference",
                Json.read(new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        AcknowledgeBody.class).reference(), 200);
        step(r, id, TakedownAction.ACKNOWLEDGE, null, new TakedownStore.Change(null, null, null, reference));
    }

    private void answer(ApiRequest r) {
        long id = r.pathId("id");
        AnswerBody b = r.body(AnswerBody.class);
        String decision = CaseInput.required("/decision", b.decision(), 20);
        TakedownAction action = switch (decision) {
            case "actioned" -> TakedownAction.ACTION;
            case "rejected" -> TakedownAction.REJECT;
            default -> throw ApiProblem.badRequest("/decision", "decision must be 'actioned' or 'rejected', was '" + decision + "'");
        };
        String explanation = CaseInput.required("/explanation", b.explanation(), 5000);
        String reference = CaseInput.optional("/reference", b.reference(), 200);
        List<String> measures = new ArrayList<>();
        List<String> given = b.measures() == null ? List.of() : b.measures();
        for (int i = 0; i < given.size(); i++) {
            String m = given.get(i);
            int index = i;
            measures.add(PlatformMeasure.parse(m).orElseThrow(() -> ApiProblem.badRequest("/measures/" + index,
                    "measures are DSA decision codes, one of " + Arrays.toString(PlatformMeasure.values()) + "; was '" + m + "'")).name());
        }
        if (action == TakedownAction.REJECT && !measures.isEmpty()) {
            throw ApiProblem.badRequest("/measures", "a rejected request has no measures");
        }
        step(r, id, action, explanation, new TakedownStore.Change(null, explanation, measures, reference));
    }

    private void step(ApiRequest r, TakedownAction action, String reason, TakedownStore.Change change) {
        step(r, r.pathId("id"), action, reason, change);
    }

    /**
     * One workflow step in one transaction: the rule check, the conditional update (of two concurrent
     * steps from the same state the second updates nothing and answers 409), the history row and the
     * audit entry.
     */
    private void step(ApiRequest r, long id, TakedownAction action, String reason, TakedownStore.Change change) {
        User me = r.user();
        Instant now = CaseInput.now(context);
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            TakedownRecord t = visible(c, r, id);
            CaseInput.enforce(action.check(t.state(), me.role(), me.username(), t.requester()));
            if (!takedowns.transition(c, id, t.state(), action.to(), change, now)) {
                throw ApiProblem.conflict("takedown request " + id + " changed concurrently; it is now in state '"
                        + takedowns.find(c, id).orElseThrow().state().wireName() + "'");
            }
            takedowns.history(c, id, me.username(), me.role().wireName(), action.wireName(), t.state(), action.to(), reason, now);
            String audited = switch (action) {
                case ACTION, REJECT -> "takedown.answer";
                default -> "takedown." + action.wireName();
            };
            context.audit().append(c, r.audit(audited, "takedown", Long.toString(id), null, t.caseId(), "ok"));
            return json(takedowns.find(c, id).orElseThrow(), me.role() == Role.PARTNER);
        });
        r.json(200, out);
    }

    private void evidence(ApiRequest r) {
        long id = r.pathId("id");
        Map<String, Object> out = Transactions.inTransaction(context.dataSource(), c -> {
            TakedownRecord t = visible(c, r, id);
            CaseRecord k = cases.find(c, t.caseId()).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("request", json(t, r.user().role() == Role.PARTNER));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", k.id());
            summary.put("title", k.title());
            summary.put("severity", k.severity().wireName());
            m.put("case", summary);
            m.put("category", t.category().name());
            m.put("legalGround", t.legalGround());
            m.put("explanation", t.explanation());
            m.put("urls", t.urls());
            // the accounts on the addressed platform only: another platform's accounts are none of its business
            m.put("accounts", cases.accounts(c, k.id()).stream().filter(a -> a.platform().equals(t.platform())).toList());
            m.put("techniques", cases.tags(c, k.id()).stream().map(tag -> {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("id", tag.techniqueId());
                disarm.find(tag.techniqueId()).ifPresent(d -> {
                    tm.put("name", d.name());
                    tm.put("url", d.url());
                });
                return tm;
            }).toList());
            // a platform sees only the evidence shared with it (tagged with its platform) or listed among the
            // request's own URLs: the case's links to other platforms' accounts are none of its business
            boolean partner = r.user().role() == Role.PARTNER;
            m.put("evidence", cases.evidence(c, k.id()).stream()
                    .filter(e -> !partner || t.platform().equals(e.platform()) || t.urls().contains(e.url())).map(e -> {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("url", e.url());
                em.put("kind", e.kind());
                em.put("description", e.description());
                return em;
            }).toList());
            m.put("attribution", DisarmCatalogue.ATTRIBUTION);
            // an export of personal data (accounts): audited
            context.audit().append(c, r.audit("takedown.evidence", "takedown", Long.toString(id), null, t.caseId(), "ok"));
            return m;
        });
        r.json(200, out);
    }

    private void history(ApiRequest r) {
        long id = r.pathId("id");
        List<HistoryEntry> h = Transactions.inTransaction(context.dataSource(), c -> {
            TakedownRecord t = visible(c, r, id);
            context.audit().append(c, r.audit("takedown.read", "takedown", Long.toString(id), null, t.caseId(), "ok"));
            return takedowns.history(c, id);
        });
        r.json(200, Map.of("history", h.stream().map(CaseRoutes::history).toList()));
    }

    /** The request if the user may see it: staff see all, a partner only its platform's sent requests; else 404. */
    private TakedownRecord visible(Connection c, ApiRequest r, long id) throws SQLException {
        User me = r.user();
        return takedowns.find(c, id)
                .filter(t -> me.role() != Role.PARTNER || (t.platform().equals(me.platform()) && t.state().isSent()))
                .orElseThrow(() -> ApiProblem.notFound("no takedown request " + id));
    }

    /** A request as JSON; a partner is not told which of the office's staff drafted and approved it. */
    static Map<String, Object> json(TakedownRecord t, boolean forPartner) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        if (!forPartner) {
            m.put("caseId", t.caseId());
        }
        m.put("platform", t.platform());
        m.put("state", t.state().wireName());
        m.put("category", t.category().name());
        m.put("legalGround", t.legalGround());
        m.put("explanation", t.explanation());
        m.put("urls", t.urls());
        if (!forPartner) {
            m.put("requester", t.requester());
            m.put("approver", t.approver());
            m.put("createdAt", t.createdAt());
            m.put("submittedAt", t.submittedAt());
        }
        m.put("sentAt", t.sentAt());
        m.put("acknowledgedAt", t.acknowledgedAt());
        m.put("decidedAt", t.decidedAt());
        m.put("partnerAction", t.partnerAction());
        m.put("partnerMeasures", t.partnerMeasures());
        m.put("partnerReference", t.partnerReference());
        return m;
    }
}
