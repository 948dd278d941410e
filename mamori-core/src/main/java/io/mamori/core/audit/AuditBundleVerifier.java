package io.mamori.core.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an {@link AuditBundle} without the server or its database: every checkpoint's signature,
 * the consistency of consecutive checkpoints (nothing signed earlier was rewritten), that the
 * entries are consecutive and reach the last checkpoint (nothing removed from the end), and that
 * every entry, hashed again from its fields, is included at its index in the signed tree (nothing
 * edited, removed or reordered). The first failure is named; a bundle that starts at entry 0 is also
 * rebuilt whole and its root compared.
 */
public final class AuditBundleVerifier {
    private AuditBundleVerifier() {
    }

    /** The outcome: ok, or the first problem and (when an entry is at fault) its index. */
    public record Result(boolean ok, String problem, Long badEntry, int checkpointsChecked, int entriesChecked) {
    }

    /** Verifies with {@code trustedKey} (or, when null, the key inside the bundle). */
    public static Result verify(AuditBundle bundle, PublicKey trustedKey) {
        PublicKey key = trustedKey != null ? trustedKey : bundle.publicKey();
        if (bundle.checkpoints().isEmpty()) {
            return fail("the bundle has no checkpoint", null, 0, 0);
        }
        List<Checkpoint> cps = new ArrayList<>();
        for (int i = 0; i < bundle.checkpoints().size(); i++) {
            try {
                cps.add(Checkpoint.verify(bundle.checkpoints().get(i), bundle.keyName(), key));
            } catch (IllegalArgumentException e) {
                return fail("checkpoint " + (i + 1) + ": " + e.getMessage(), null, i, 0);
            }
        }
        if (bundle.consistency().size() != cps.size() - 1) {
            return fail("expected " + (cps.size() - 1) + " consistency proofs between " + cps.size()
                    + " checkpoints, found " + bundle.consistency().size(), null, cps.size(), 0);
        }
        for (int i = 1; i < cps.size(); i++) {
            Checkpoint a = cps.get(i - 1);
            Checkpoint b = cps.get(i);
            AuditBundle.Consistency c = bundle.consistency().get(i - 1);
            if (c.from() != a.size() || c.to() != b.size()) {
                return fail("consistency proof " + i + " is for sizes " + c.from() + ".." + c.to() + ", the checkpoints have "
                        + a.size() + ".." + b.size(), null, cps.size(), 0);
            }
            if (a.size() == 0) {
                continue; // every tree extends the empty one
            }
            MerkleProofs.Verdict v = MerkleProofs.verifyConsistency(a.size(), b.size(), a.root(), b.root(), c.proof());
            if (!v.ok()) {
                return fail("checkpoints of sizes " + a.size() + " and " + b.size() + " are inconsistent (" + v.reason()
                        + "): entries signed earlier were changed", null, cps.size(), 0);
            }
        }
        Checkpoint last = cps.get(cps.size() - 1);
        if (bundle.to() > last.size()) {
            return fail("the bundle claims entries up to " + bundle.to() + " but the last checkpoint covers only " + last.size(),
                    null, cps.size(), 0);
        }
        List<AuditBundle.Entry> entries = bundle.entries();
        long expected = bundle.from();
        MemoryMerkleLog whole = expected == 0 ? new MemoryMerkleLog() : null;
        int checked = 0;
        for (AuditBundle.Entry e : entries) {
            if (e.index() != expected) {
                return fail("entry " + expected + " is missing (found entry " + e.index() + " in its place): removed or reordered",
                        expected, cps.size(), checked);
            }
            if (e.index() >= bundle.to()) {
                return fail("entry " + e.index() + " is beyond the bundle's range " + bundle.from() + ".." + (bundle.to() - 1),
                        e.index(), cps.size(), checked);
            }
            byte[] leaf = e.record().leafHash();
            MerkleProofs.Verdict v = MerkleProofs.verifyInclusion(e.index(), last.size(), leaf, e.proof(), last.root());
            if (!v.ok()) {
                return fail("entry " + e.index() + " (" + e.record().action() + " by " + e.record().actor() + " at "
                        + AuditRecord.timestamp(e.record().at()) + ") is not the entry signed at that position: altered, "
                        + "moved or replaced (" + v.reason() + ")", e.index(), cps.size(), checked);
            }
            if (whole != null) {
                whole.appendLeafHash(leaf);
            }
            expected++;
            checked++;
        }
        if (expected < bundle.to()) {
            return fail("entries stop at " + expected + " but the bundle covers up to " + bundle.to()
                    + ": entry " + expected + " onwards is missing", expected, cps.size(), checked);
        }
        if (whole != null && whole.size() == last.size() && !MessageDigest.isEqual(whole.root(), last.root())) {
            return fail("the entries rebuild a root different from the last checkpoint's", null, cps.size(), checked);
        }
        return new Result(true, null, null, cps.size(), checked);
    }

    private static Result fail(String problem, Long entry, int checkpoints, int entries) {
        return new Result(false, problem, entry, checkpoints, entries);
    }
}
