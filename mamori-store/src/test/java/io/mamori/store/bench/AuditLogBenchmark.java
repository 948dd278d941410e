package io.mamori.store.bench;

import io.mamori.core.audit.AuditRecord;
import io.mamori.core.audit.MerkleProofs;
import io.mamori.store.Database;
import io.mamori.store.DatabaseSettings;
import io.mamori.store.Transactions;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import io.mamori.store.audit.MerkleAuditLog;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit log's two targets (issue 7, docs/BENCHMARKS.md), on an embedded PostgreSQL in a
 * temporary directory:
 * <ol>
 *   <li>audited actions per second: {@code threads} clients each run transactions for
 *       {@code seconds} while the sequencer integrates every 250 ms as the server does, then the time
 *       the sequencer needs to catch up. Two kinds of action: a read (the transaction writes only its
 *       audit entry, as {@code account.read} and searches do) and a write (a case note and its
 *       entry);</li>
 *   <li>proof generation against the size of the log: entries bulk-loaded and sequenced up to each
 *       size in {@code sizes}, then the median time of inclusion and consistency proofs (random
 *       indexes, each proof verified).</li>
 * </ol>
 * Usage: AuditLogBenchmark THREADS SECONDS SIZE[,SIZE...]. Not a test; bench/run-audit runs it.
 */
public final class AuditLogBenchmark {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        long[] sizes = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory("mamori-audit-bench");
        try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
            DataSource ds = db.dataSource();
            appendThroughput(ds, threads, seconds, false);
            appendThroughput(ds, threads, seconds, true);
            proofs(ds, sizes);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void appendThroughput(DataSource ds, int threads, int seconds, boolean writes) throws Exception {
        AuditTrail trail = new AuditTrail(ds);
        MerkleAuditLog log = new MerkleAuditLog(ds);
        long caseId = Transactions.inTransaction(ds, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cases (title, status, severity, created_by, created_at, updated_at) "
                    + "VALUES ('bench', 'triage', 'low', 'bench', now(), now()) RETURNING id");
                 var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong actions = new AtomicLong();
        Thread sequencer = new Thread(() -> {
            while (!stop.get()) {
                log.integrate(20_000);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int client = t;
            clients.add(new Thread(() -> {
                long n = 0;
                while (!stop.get()) {
                    long i = n++;
                    Transactions.inTransaction(ds, c -> {
                        if (writes) {
                            try (PreparedStatement s = c.prepareStatement(
                                    "INSERT INTO case_notes (case_id, author, body, created_at) VALUES (?, ?, ?, now())")) {
                                s.setLong(1, caseId);
                                s.setString(2, "analyst" + client);
                                s.setString(3, "note " + i);
                                s.executeUpdate();
                            }
                            trail.append(c, AuditEntry.of("analyst" + client, "analyst", "case.note", "case", Long.toString(caseId),
                                    null, caseId, "bench-" + client + "-" + i, "ok"));
                        } else {
                            trail.append(c, AuditEntry.of("analyst" + client, "analyst", "account.read", "account", "x/" + (i % 10_000),
                                    "checking a campaign before a takedown request", caseId, "bench-" + client + "-" + i, "ok"));
                        }
                        return null;
                    });
                    actions.incrementAndGet();
                }
            }));
        }
        sequencer.start();
        long start = System.nanoTime();
        clients.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : clients) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        sequencer.join();
        long caughtUp = System.nanoTime();
        long before = log.head().size();
        MerkleAuditLog.TreeHead head = log.integrate(Integer.MAX_VALUE);
        System.out.printf(Locale.ROOT, "append (%s): %d threads, %,d audited actions in %.1f s = %,.0f actions/s; "
                        + "sequencer lag at the end: %,d entries, %.2f s to take them in; tree size %,d%n",
                writes ? "write: case note + entry" : "read: entry only", threads, actions.get(), elapsed, actions.get() / elapsed,
                head.size() - before, (System.nanoTime() - caughtUp) / 1e9, head.size());
    }

    static void proofs(DataSource ds, long[] sizes) throws Exception {
        MerkleAuditLog log = new MerkleAuditLog(ds);
        Random random = new Random(9162);
        for (long target : sizes) {
            long have = log.head().size();
            if (target > have) {
                long t0 = System.nanoTime();
                bulkLoad(ds, target - have);
                long t1 = System.nanoTime();
                MerkleAuditLog.TreeHead h;
                do {
                    h = log.integrate(100_000);
                } while (h.size() < target);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "size %,d: loaded %,d entries in %.1f s, sequenced in %.1f s (%,.0f entries/s)%n",
                        h.size(), target - have, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (target - have) / ((t2 - t1) / 1e9));
            }
            long size = log.head().size();
            byte[] root = log.root(size);
            int samples = 200;
            long[] inc = new long[samples];
            long[] con = new long[samples];
            for (int i = 0; i < samples; i++) {
                long index = (long) (random.nextDouble() * size);
                long s0 = System.nanoTime();
                List<byte[]> proof = log.inclusionProof(index, size);
                inc[i] = System.nanoTime() - s0;
                byte[] leaf = log.leaves(index, index + 1).get(0).record().leafHash();
                if (!MerkleProofs.verifyInclusion(index, size, leaf, proof, root).ok()) {
                    throw new IllegalStateException("inclusion proof failed at " + index);
                }
                long from = 1 + (long) (random.nextDouble() * (size - 1));
                long c0 = System.nanoTime();
                List<byte[]> cproof = log.consistencyProof(from, size);
                con[i] = System.nanoTime() - c0;
                if (i < 5 && !MerkleProofs.verifyConsistency(from, size, log.root(from), root, cproof).ok()) {
                    throw new IllegalStateException("consistency proof failed from " + from);
                }
            }
            Arrays.sort(inc);
            Arrays.sort(con);
            System.out.printf(Locale.ROOT, "size %,d: inclusion proof median %.2f ms (p90 %.2f), consistency proof median %.2f ms (p90 %.2f); "
                            + "log2(size) = %.1f%n", size, inc[samples / 2] / 1e6, inc[samples * 9 / 10] / 1e6,
                    con[samples / 2] / 1e6, con[samples * 9 / 10] / 1e6, Math.log(size) / Math.log(2));
        }
    }

    /** COPY of synthetic entries (the audit trail's own INSERT is what the first part measures). */
    static void bulkLoad(DataSource ds, long n) throws Exception {
        Instant base = Instant.parse("2026-07-01T00:00:00Z");
        try (Connection c = ds.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long done = 0;
            while (done < n) {
                int batch = (int) Math.min(200_000, n - done);
                StringBuilder sb = new StringBuilder(batch * 120);
                for (int i = 0; i < batch; i++) {
                    long k = done + i;
                    sb.append(AuditRecord.timestamp(base.plusMillis(k * 10))).append('\t')
                            .append("analyst").append(k % 50).append("\tanalyst\taccount.read\taccount\tx:").append(k % 100_000)
                            .append("\tcase work\t").append(1 + k % 500).append("\tbulk-").append(k).append("\tok\n");
                }
                copy.copyIn("COPY audit_log (at, actor, role, action, target_type, target_id, purpose, case_id, request_id, outcome) "
                        + "FROM STDIN", new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
                done += batch;
            }
        }
    }
}
