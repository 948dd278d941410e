package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.analysis.AnalysisOptions;
import io.mamori.analysis.AnalysisPipeline;
import io.mamori.analysis.AnalysisResult;
import io.mamori.analysis.PostSource;
import io.mamori.analysis.PostTableLoading;
import io.mamori.analysis.ProgressListener;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.AccountFinding;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.store.Transactions;
import io.mamori.store.analyses.AnalysisStore;
import io.mamori.store.analyses.FinishedAnalysis;
import io.mamori.store.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs analyses in the background, one at a time (an analysis uses every core), with at most
 * {@link #QUEUED} waiting; stores each result, or the error, with an audit entry in one transaction.
 */
final class AnalysisJobs {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisJobs.class);
    /** Analyses accepted while one runs; more are refused with 503. */
    static final int QUEUED = 4;

    private final ServerContext context;
    private final AnalysisStore store;
    private final ThreadPoolExecutor executor;

    AnalysisJobs(ServerContext context, AnalysisStore store) {
        this.context = context;
        this.store = store;
        this.executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), r -> {
            Thread t = new Thread(r, "mamori-analysis");
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Who asked, for the audit entry written when the analysis ends. */
    record Requester(String username, String role, String requestId) {
    }

    /**
     * Queues a recorded (running) analysis.
     *
     * @param cleanup deleted when the analysis ends (an uploaded file's directory), or null
     * @return false when the queue is full (the caller marks the analysis failed)
     */
    boolean submit(long id, Requester who, PostSource source, AnalysisOptions options, Path cleanup) {
        try {
            executor.execute(new Job(() -> run(id, who, source, options, cleanup), cleanup));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void run(long id, Requester who, PostSource source, AnalysisOptions options, Path cleanup) {
        Path out = null;
        try {
            out = Files.createTempDirectory("mamori-analysis-" + id + "-");
            AnalysisResult r = AnalysisPipeline.run(source, options, out, new ProgressListener() {
                @Override
                public void loaded(PostTableLoading.Loaded loaded) {
                    if (loaded.table().postCount() == 0) {
                        throw new NoPosts(loaded);
                    }
                }
            });
            // an upload is named "upload" in the report (input files, bad records), not by the server's temporary path
            String json = withoutTemporaryPath(Files.readString(r.reportJson()), cleanup);
            String html = withoutTemporaryPath(Files.readString(r.reportHtml()), cleanup);
            FinishedAnalysis finished = finished(r, json, html);
            Transactions.inTransaction(context.dataSource(), c -> {
                store.finish(c, id, finished, context.clock().instant());
                context.audit().append(c, AuditEntry.of(who.username(), who.role(), "analysis.finish", "analysis",
                        Long.toString(id), null, null, who.requestId(), "done"));
                return null;
            });
        } catch (Exception | OutOfMemoryError e) {
            String error = message(e, cleanup);
            LOG.warn("analysis {} failed: {}", id, error, e instanceof NoPosts || e instanceof io.mamori.io.input.InputException ? null : e);
            try {
                Transactions.inTransaction(context.dataSource(), c -> {
                    store.fail(c, id, error, context.clock().instant());
                    context.audit().append(c, AuditEntry.of(who.username(), who.role(), "analysis.finish", "analysis",
                            Long.toString(id), null, null, who.requestId(), "failed"));
                    return null;
                });
            } catch (RuntimeException stored) {
                LOG.error("analysis {}: cannot record the failure", id, stored);
            }
        } finally {
            delete(out);
            delete(cleanup);
        }
    }

    /** The error as the analysis shows it: without the server's temporary paths. */
    private static String message(Throwable e, Path cleanup) {
        String m = withoutTemporaryPath(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), cleanup);
        return m.length() > 2000 ? m.substring(0, 2000) + "..." : m;
    }

    /** The temporary directory's path ({@code /tmp/mamori-upload-123/}, nothing to escape in JSON or HTML) removed. */
    private static String withoutTemporaryPath(String text, Path dir) {
        return dir == null ? text : text.replace(dir.toString() + dir.getFileSystem().getSeparator(), "");
    }

    /** Nothing could be read: an analysis of no posts is an error, not an empty report. */
    static final class NoPosts extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoPosts(PostTableLoading.Loaded loaded) {
            super("no posts to analyse: " + loaded.postsRead() + " read, " + loaded.skipped() + " bad record(s) skipped"
                    + (loaded.problems().isEmpty() ? "" : "; first: " + loaded.problems().get(0)));
        }
    }

    /** The report's groups, members and flagged accounts as the store keeps them. */
    static FinishedAnalysis finished(AnalysisResult r, String reportJson, String reportHtml) throws IOException {
        JsonNode report = Json.MAPPER.readTree(reportJson);
        PostTable table = r.detection().table();
        Map<String, CoordinatedGroup> byId = new HashMap<>();
        for (CoordinatedGroup g : r.detection().groups()) {
            byId.put(g.id(), g);
        }
        List<FinishedAnalysis.Group> groups = new ArrayList<>();
        for (JsonNode g : report.path("groups")) {
            String id = g.path("id").asText();
            CoordinatedGroup group = byId.get(id);
            if (group == null) {
                throw new IllegalStateException("report group " + id + " is not among the detected groups");
            }
            List<FinishedAnalysis.Member> members = new ArrayList<>();
            for (GroupActivity.Member m : group.activity().members()) {
                String platform = table.accountPlatform(m.account()).name();
                String accountId = table.accountId(m.account());
                members.add(new FinishedAnalysis.Member(platform, accountId, table.username(m.account())));
            }
            JsonNode risk = g.path("risk").path("score");
            groups.add(new FinishedAnalysis.Group(id, g.path("score").asDouble(), g.path("flagged").asBoolean(),
                    risk.isNumber() ? risk.asDouble() : null, g.toString(), members));
        }
        // the report lists the flagged accounts in the detection's order (highest score first)
        List<FinishedAnalysis.FlaggedAccount> accounts = new ArrayList<>();
        JsonNode listed = report.path("accounts");
        if (listed.size() != r.detection().accounts().size()) {
            throw new IllegalStateException("the report lists " + listed.size() + " flagged accounts, the detection "
                    + r.detection().accounts().size());
        }
        for (int i = 0; i < listed.size(); i++) {
            JsonNode a = listed.get(i);
            AccountFinding f = r.detection().accounts().get(i);
            if (!f.id().equals(a.path("id").asText())) {
                throw new IllegalStateException("flagged account " + i + " is " + f.id() + " in the detection, "
                        + a.path("id").asText() + " in the report");
            }
            accounts.add(new FinishedAnalysis.FlaggedAccount(table.accountPlatform(f.account()).name(), f.id(),
                    f.username(), f.group(), f.score(), a.toString()));
        }
        return new FinishedAnalysis(reportJson, reportHtml, groups, accounts);
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete {}", dir, new UncheckedIOException(e));
        }
    }

    /**
     * Stops taking work and interrupts a running analysis; it stays "running" in the database and is
     * marked failed ("interrupted") at the next start.
     */
    void shutdown() {
        for (Runnable queued : executor.shutdownNow()) {
            if (queued instanceof Job job) {
                delete(job.cleanup()); // a queued upload that will never run
            }
        }
        try {
            // let an interrupted analysis unwind before the database closes under it
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A queued analysis with the upload directory to delete if it never runs. */
    private record Job(Runnable work, Path cleanup) implements Runnable {
        @Override
        public void run() {
            work.run();
        }
    }
}
