package io.mamori.server;

import io.mamori.core.audit.AuditBundle;
import io.mamori.io.audit.AuditBundleJson;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditLogTamperedException;
import io.mamori.store.audit.AuditTrail;
import io.mamori.store.audit.MerkleAuditLog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tamper-evident audit log for the oversight commission (issue 7, docs/audit.md): the signing
 * key and latest checkpoint (public), proofs, entry search, per-actor statistics and the verifiable
 * export. Every search and export by oversight is itself audited.
 */
final class AuditRoutes implements ApiModule {
    /** Entries per proof batch in an export. */
    static final int EXPORT_BLOCK = 2_000;

    private final ServerContext context;

    AuditRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/audit/key", Roles.PUBLIC, "The checkpoint signing key (C2SP verifier key)", this::key),
                ApiRoute.get("/api/v1/audit/checkpoint", Roles.PUBLIC, "The latest signed checkpoint (C2SP signed note)", this::latest),
                ApiRoute.post("/api/v1/audit/checkpoint", Roles.OVERSIGHT_OR_ADMIN, "Sign a checkpoint of the log now", this::signNow),
                ApiRoute.get("/api/v1/audit/proof/inclusion", Roles.OVERSIGHT, "Inclusion proof of entry index in the tree of size", this::inclusion),
                ApiRoute.get("/api/v1/audit/proof/consistency", Roles.OVERSIGHT, "Consistency proof between tree sizes from and to", this::consistency),
                ApiRoute.get("/api/v1/audit/entries", Roles.OVERSIGHT, "Search the audit log", this::entries),
                ApiRoute.get("/api/v1/audit/statistics", Roles.OVERSIGHT, "Per-actor access statistics for a period", this::statistics),
                ApiRoute.get("/api/v1/audit/export", Roles.OVERSIGHT, "A verifiable bundle (entries, checkpoints, proofs) for a period", this::export));
    }

    private MerkleAuditLog log() {
        return context.auditLog().log();
    }

    private void key(ApiRequest r) {
        AuditSigner s = context.auditLog().signer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyName", s.keyName());
        m.put("origin", s.origin());
        m.put("algorithm", "Ed25519");
        m.put("publicKey", Base64.getEncoder().encodeToString(AuditBundleJson.rawKey(s.publicKey())));
        m.put("verifierKey", s.verifierKey());
        r.json(200, m);
    }

    private void latest(ApiRequest r) {
        Optional<MerkleAuditLog.StoredCheckpoint> cp = log().latestCheckpoint();
        if (cp.isEmpty()) {
            throw ApiProblem.notFound("no checkpoint has been signed yet");
        }
        r.ctx().contentType("text/plain; charset=utf-8").result(cp.get().note());
    }

    private void signNow(ApiRequest r) {
        MerkleAuditLog.StoredCheckpoint cp = checkpoint();
        context.audit().append(r.audit("audit.checkpoint", "audit", Long.toString(cp.size()), null, null, "ok"));
        r.json(201, checkpointJson(cp));
    }

    private MerkleAuditLog.StoredCheckpoint checkpoint() {
        try {
            return context.auditLog().checkpoint();
        } catch (AuditLogTamperedException e) {
            throw new ApiProblem(409, "Audit log tampered", "the log refuses to grow: " + e.getMessage(), null);
        }
    }

    private static Map<String, Object> checkpointJson(MerkleAuditLog.StoredCheckpoint cp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", cp.size());
        m.put("root", Base64.getEncoder().encodeToString(cp.root()));
        m.put("signedAt", cp.signedAt().toString());
        m.put("note", cp.note());
        return m;
    }

    private long queryLong(ApiRequest r, String name) {
        String v = r.query(name).orElseThrow(() -> ApiProblem.badRequest(name, name + " is required"));
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblem.badRequest(name, name + " must be a non-negative integer, was '" + v + "'");
    }

    private void inclusion(ApiRequest r) {
        long index = queryLong(r, "index");
        long size = queryLong(r, "size");
        try {
            List<byte[]> proof = log().inclusionProof(index, size);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", index);
            m.put("size", size);
            m.put("leafHash", Base64.getEncoder().encodeToString(log().leaves(index, index + 1).get(0).record().leafHash()));
            m.put("root", Base64.getEncoder().encodeToString(log().root(size)));
            m.put("proof", proof.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList());
            r.json(200, m);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage().startsWith("index") ? "index" : "size", e.getMessage());
        }
    }

    private void consistency(ApiRequest r) {
        long from = queryLong(r, "from");
        long to = queryLong(r, "to");
        try {
            List<byte[]> proof = log().consistencyProof(from, to);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", from);
            m.put("to", to);
            m.put("root1", Base64.getEncoder().encodeToString(log().root(from)));
            m.put("root2", Base64.getEncoder().encodeToString(log().root(to)));
            m.put("proof", proof.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList());
            r.json(200, m);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage().startsWith("from") ? "from" : "to", e.getMessage());
        }
    }

    private static Instant instant(ApiRequest r, String name, Instant otherwise) {
        Optional<String> v = r.query(name);
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            return Instant.parse(v.get());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, name + " must be an ISO-8601 instant such as 2026-07-20T00:00:00Z, was '" + v.get() + "'");
        }
    }

    private void entries(ApiRequest r) {
        String account = r.query("account").orElse(null);
        Long caseId = r.query("case").map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("case", "case must be a case id (a number), was '" + v + "'");
            }
        }).orElse(null);
        AuditTrail.Filter f = new AuditTrail.Filter(r.query("actor").orElse(null), r.query("action").orElse(null),
                account != null ? "account" : r.query("targetType").orElse(null), account != null ? account : r.query("targetId").orElse(null),
                caseId, r.query("purpose").orElse(null), instant(r, "from", null), instant(r, "to", null),
                r.queryInt("limit", 100, 1, 1000), r.query("after").isPresent() ? queryLong(r, "after") : 0L);
        // what was searched for is on the record too (an account looked up is an account looked at)
        String query = r.ctx().queryString();
        List<AuditEntry> found = io.mamori.store.Transactions.inTransaction(context.dataSource(), c -> {
            context.audit().append(c, r.audit("audit.search", "audit", query == null ? "" : query, null, caseId, "ok"));
            return context.audit().list(f);
        });
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditEntry e : found) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("leafIndex", e.leafIndex());
            m.put("at", e.at().toString());
            m.put("actor", e.actor());
            m.put("role", e.role());
            m.put("action", e.action());
            m.put("targetType", e.targetType());
            m.put("targetId", e.targetId());
            m.put("purpose", e.purpose());
            m.put("caseId", e.caseId());
            m.put("requestId", e.requestId());
            m.put("outcome", e.outcome());
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", out);
        body.put("next", found.size() == f.limit() ? found.get(found.size() - 1).id() : null);
        r.json(200, body);
    }

    private void statistics(ApiRequest r) {
        Instant from = instant(r, "from", Instant.EPOCH);
        Instant to = instant(r, "to", context.clock().instant().plusSeconds(1));
        context.audit().append(r.audit("audit.search", "audit", "statistics " + from + ".." + to, null, null, "ok"));
        List<AuditTrail.ActorStatistics> stats = context.audit().statistics(from, to);
        r.json(200, Map.of("from", from.toString(), "to", to.toString(), "actors", stats));
    }

    private void export(ApiRequest r) throws Exception {
        Instant from = instant(r, "from", Instant.EPOCH);
        Instant to = instant(r, "to", context.clock().instant().plusSeconds(1));
        if (!from.isBefore(to)) {
            throw ApiProblem.badRequest("to", "to must be after from");
        }
        // record the export first, then sign a checkpoint that includes that record
        context.audit().append(r.audit("audit.export", "audit", from + ".." + to, null, null, "ok"));
        MerkleAuditLog.StoredCheckpoint last = checkpoint();
        List<MerkleAuditLog.StoredCheckpoint> cps = new ArrayList<>();
        log().checkpointBefore(from).ifPresent(cps::add);
        for (MerkleAuditLog.StoredCheckpoint cp : log().checkpoints(from, to)) {
            if (cp.size() > 0 && (cps.isEmpty() || cp.size() > cps.get(cps.size() - 1).size()) && cp.size() < last.size()) {
                cps.add(cp);
            }
        }
        cps.removeIf(cp -> cp.size() == 0);
        if (cps.isEmpty() || cps.get(cps.size() - 1).size() != last.size()) {
            cps.add(last);
        }
        List<AuditBundle.Consistency> consistency = new ArrayList<>();
        for (int i = 1; i < cps.size(); i++) {
            consistency.add(new AuditBundle.Consistency(cps.get(i - 1).size(), cps.get(i).size(),
                    log().consistencyProof(cps.get(i - 1).size(), cps.get(i).size())));
        }
        long[] range = log().leafRange(from, to).orElse(new long[] {0, 0});
        long size = last.size();
        long end = Math.min(range[1], size);
        AuditSigner signer = context.auditLog().signer();
        r.ctx().status(200).contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"mamori-audit-" + range[0] + "-" + end + ".json\"");
        AuditBundle header = new AuditBundle(signer.keyName(), signer.publicKey(), cps.stream().map(MerkleAuditLog.StoredCheckpoint::note)
                .toList(), consistency, range[0], end, List.of());
        AuditBundleJson.write(header, writer -> {
            for (long block = range[0]; block < end; block += EXPORT_BLOCK) {
                long first = block;
                long blockEnd = Math.min(end, block + EXPORT_BLOCK);
                // proofs come from the subtree hashes, entries from their rows: a row removed or edited in the
                // database shows up as a missing or non-matching entry when the bundle is verified
                List<List<byte[]>> proofs = log().inclusionProofs(first, blockEnd, size);
                for (MerkleAuditLog.Leaf leaf : log().leaves(first, blockEnd)) {
                    writer.write(new AuditBundle.Entry(leaf.index(), leaf.record(), proofs.get((int) (leaf.index() - first))));
                }
            }
        }, r.ctx().outputStream());
    }
}
