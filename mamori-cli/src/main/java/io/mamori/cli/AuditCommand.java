package io.mamori.cli;

import io.mamori.core.audit.AuditBundle;
import io.mamori.core.audit.AuditBundleVerifier;
import io.mamori.core.audit.Checkpoint;
import io.mamori.io.audit.AuditBundleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mamori audit}: offline checks of the audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Offline checks of the tamper-evident audit log (docs/audit.md).",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code mamori audit verify FILE}: exit 0 when intact, 1 naming the first bad entry or proof. */
    @Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                "Verifies an exported audit bundle (GET /api/v1/audit/export) without the server or its database:",
                "every checkpoint's Ed25519 signature, the consistency proofs between checkpoints, that the entries",
                "are consecutive and complete, and that each entry, hashed again from its fields, is at its index in",
                "the signed tree. Exits 0 when intact; 1 naming the first bad entry, checkpoint or proof."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The bundle (JSON).")
        Path file;

        @Option(names = "--key", paramLabel = "VKEY|FILE",
                description = "The log's verifier key (name+keyid+key, as GET /api/v1/audit/key gives it), or a file holding it. "
                        + "Without it the key inside the bundle is used and its fingerprint printed for you to compare.")
        String key;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isRegularFile(file)) {
                throw new UserError(file + ": no such file");
            }
            AuditBundle bundle;
            try (InputStream in = Files.newInputStream(file)) {
                bundle = AuditBundleJson.read(in);
            } catch (AuditBundleJson.BundleFormatException e) {
                out.println("BAD " + file + ": " + e.getMessage());
                out.flush();
                return 1;
            }
            PublicKey trusted = null;
            if (key != null) {
                trusted = trustedKey(key, bundle.keyName());
            } else {
                out.println("note: no --key given; trusting the key inside the bundle: "
                        + Checkpoint.verifierKey(bundle.keyName(), bundle.publicKey()));
                out.println("      compare it with the key the office publishes (GET /api/v1/audit/key)");
            }
            AuditBundleVerifier.Result r = AuditBundleVerifier.verify(bundle, trusted);
            if (r.ok()) {
                out.printf(Locale.ROOT, "OK %s: %d checkpoint(s) and %,d entries (%d..%d) verified%n", file,
                        r.checkpointsChecked(), r.entriesChecked(), bundle.from(), bundle.to() - 1);
                out.flush();
                return 0;
            }
            out.println("BAD " + file + ": " + r.problem());
            if (r.badEntry() != null) {
                out.println("first bad entry: " + r.badEntry());
            }
            out.flush();
            return 1;
        }

        private static PublicKey trustedKey(String given, String keyName) {
            String vkey = given;
            Path p = Path.of(given);
            if (!given.contains("+") && Files.isRegularFile(p)) {
                try {
                    vkey = Files.readString(p).trim();
                } catch (IOException e) {
                    throw new UserError("--key: cannot read " + p + ": " + e.getMessage());
                }
            }
            try {
                Checkpoint.VerifierKey parsed = Checkpoint.parseVerifierKey(vkey);
                PublicKey pk = AuditBundleJson.publicKey(parsed.rawKey());
                if (!Checkpoint.verifierKey(parsed.name(), pk).equals(vkey.trim())) {
                    throw new UserError("--key: the key id does not match the key");
                }
                if (!parsed.name().equals(keyName)) {
                    throw new UserError("--key is for '" + parsed.name() + "', the bundle is signed by '" + keyName + "'");
                }
                return pk;
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                throw new UserError("--key: " + e.getMessage());
            }
        }
    }
}
