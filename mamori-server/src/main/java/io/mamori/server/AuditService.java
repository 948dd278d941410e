package io.mamori.server;

import io.mamori.store.audit.AuditLogTamperedException;
import io.mamori.store.audit.MerkleAuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the Merkle audit log moving: sequences committed entries every quarter second and signs a
 * checkpoint every {@code checkpointSeconds} when the tree has grown. When the stored tree no longer
 * matches its head or last checkpoint, it stops extending the log and reports why ({@link #problem}).
 */
public final class AuditService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    static final int BATCH = 20_000;

    private final MerkleAuditLog log;
    private final AuditSigner signer;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile String problem;

    AuditService(MerkleAuditLog log, AuditSigner signer, Clock clock, int checkpointSeconds) {
        this.log = log;
        this.signer = signer;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mamori-audit-sequencer");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::sequenceQuietly, 250, 250, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::checkpointQuietly, checkpointSeconds, checkpointSeconds, TimeUnit.SECONDS);
    }

    public MerkleAuditLog log() {
        return log;
    }

    public AuditSigner signer() {
        return signer;
    }

    /** Why the log refuses to grow, if it does. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Sequences everything committed so far; throws when the stored tree was tampered with. */
    public synchronized MerkleAuditLog.TreeHead sequence() {
        try {
            MerkleAuditLog.TreeHead head;
            do {
                long before = log.head().size();
                head = log.integrate(BATCH);
                if (head.size() - before < BATCH) {
                    break;
                }
            } while (true);
            problem = null;
            return head;
        } catch (AuditLogTamperedException e) {
            problem = e.getMessage();
            throw e;
        }
    }

    /** Sequences, then signs and stores a checkpoint of the whole tree; returns the signed note. */
    public synchronized MerkleAuditLog.StoredCheckpoint checkpoint() {
        MerkleAuditLog.TreeHead head = sequence();
        Optional<MerkleAuditLog.StoredCheckpoint> last = log.latestCheckpoint();
        if (last.isPresent() && last.get().size() == head.size() && Arrays.equals(last.get().root(), head.root())) {
            return last.get();
        }
        String note = signer.sign(head.size(), head.root());
        log.saveCheckpoint(head.size(), head.root(), clock.instant(), note);
        return log.latestCheckpoint().orElseThrow();
    }

    private void sequenceQuietly() {
        try {
            sequence();
        } catch (AuditLogTamperedException e) {
            LOG.error("audit log: refusing to extend it: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("audit log: sequencing failed, will retry: {}", e.toString());
        }
    }

    private void checkpointQuietly() {
        try {
            Optional<MerkleAuditLog.StoredCheckpoint> last = log.latestCheckpoint();
            if (last.isEmpty() || last.get().size() < log.head().size()) {
                checkpoint();
            }
        } catch (AuditLogTamperedException e) {
            LOG.error("audit log: no checkpoint signed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("audit log: checkpoint failed, will retry: {}", e.toString());
        }
    }

    /** Stops the schedule and sequences what is left (an entry committed before shutdown is never left out). */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sequenceQuietly();
    }
}
