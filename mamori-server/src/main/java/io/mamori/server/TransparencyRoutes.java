package io.mamori.server;

import io.mamori.store.Transactions;
import io.mamori.store.cases.TransparencyStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/transparency}: aggregate counts of the takedown requests the office has sent,
 * for anyone signed in (partners included: the figures are meant to be published). Counts and
 * durations only; no username, account, URL or explanation.
 */
final class TransparencyRoutes implements ApiModule {
    private final ServerContext context;
    private final TransparencyStore store = new TransparencyStore();

    TransparencyRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public java.util.List<ApiRoute> routes() {
        return java.util.List.of(ApiRoute.get("/api/v1/transparency", Roles.ANY,
                "Aggregate takedown-request counts by platform, category and outcome; median hours to a decision", this::report));
    }

    private void report(ApiRequest r) {
        TransparencyStore.Report rep = Transactions.inTransaction(context.dataSource(), store::report);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generatedAt", CaseInput.now(context));
        m.put("scope", "takedown requests sent to platforms (drafts and withdrawn requests are never sent and not counted)");
        m.put("sent", rep.sent());
        m.put("byPlatform", rep.byPlatform());
        m.put("byCategory", rep.byCategory());
        m.put("byState", rep.byState());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        long actioned = rep.byState().getOrDefault("actioned", 0L);
        long rejected = rep.byState().getOrDefault("rejected", 0L);
        outcomes.put("actioned", actioned);
        outcomes.put("rejected", rejected);
        outcomes.put("pending", rep.sent() - actioned - rejected);
        m.put("outcomes", outcomes);
        m.put("timeToDecision", timing(rep.overall()));
        Map<String, Object> byPlatform = new LinkedHashMap<>();
        rep.byPlatformTiming().forEach((p, t) -> byPlatform.put(p, timing(t)));
        m.put("timeToDecisionByPlatform", byPlatform);
        r.json(200, m);
    }

    private static Map<String, Object> timing(TransparencyStore.Timing t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decided", t.decided());
        m.put("medianHours", t.medianHours());
        return m;
    }
}
