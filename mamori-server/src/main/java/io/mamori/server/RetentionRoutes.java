package io.mamori.server;

import io.mamori.store.retention.RetentionPurge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Retention (docs/retention.md): the purge runs once an hour (it deletes only what passed its
 * period, so running often keeps each run small) and on demand by an administrator. Every run is
 * on the audit record with its counts.
 */
final class RetentionRoutes implements ApiModule, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionRoutes.class);

    private final ServerContext context;
    private final RetentionPurge purge;
    private final ScheduledExecutorService scheduler;

    RetentionRoutes(ServerContext context) {
        this.context = context;
        this.purge = new RetentionPurge(context.dataSource(), context.audit());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mamori-retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, 60, 3600, TimeUnit.SECONDS);
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/api/v1/retention/purge", Roles.ADMIN,
                "Purge personal data past its retention period now", this::purgeNow));
    }

    private void purgeNow(ApiRequest r) {
        RetentionPurge.Purged p = purge.purge(context.clock().instant(), context.config().retention(), r.user().username(),
                r.user().role().wireName(), r.requestId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("posts", p.posts());
        m.put("accounts", p.accounts());
        m.put("analyses", p.analyses());
        m.put("cases", p.cases());
        m.put("takedowns", p.takedowns());
        m.put("postsDays", context.config().retention().posts().toDays());
        m.put("caseDays", context.config().retention().afterCase().toDays());
        r.json(200, m);
    }

    private void purgeQuietly() {
        try {
            purge.purge(context.clock().instant(), context.config().retention());
        } catch (RuntimeException e) {
            LOG.warn("retention purge failed, will retry in an hour: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
