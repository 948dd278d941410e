package io.mamori.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code mamori <subcommand>}. */
@Command(name = "mamori",
        mixinStandardHelpOptions = true,
        versionProvider = MamoriCommand.Version.class,
        description = "Find accounts that act together: coordinated groups with reasons, co-activity networks, synthetic election scenarios with ground truth.",
        subcommands = {AnalyzeCommand.class, EvaluateCommand.class, NetworksCommand.class, GenerateCommand.class, TrainCommand.class, DemoCommand.class, ServeCommand.class, AuditCommand.class, CommandLine.HelpCommand.class})
public final class MamoriCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MamoriCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MamoriCommand.class.getPackage().getImplementationVersion();
            return new String[] {"mamori " + (v == null ? "development build" : v)};
        }
    }

    /** Input problems are the user's to fix: one clear line and exit code 1, no stack trace. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            if (ex instanceof io.mamori.io.input.InputException || ex instanceof UserError) {
                cl.getErr().println("mamori: " + ex.getMessage());
                return 1;
            }
            throw new IllegalStateException(ex);
        }
    }
}
