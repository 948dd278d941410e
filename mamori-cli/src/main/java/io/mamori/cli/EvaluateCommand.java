package io.mamori.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.core.evaluation.Evaluation;
import io.mamori.core.evaluation.RiskRanking;
import io.mamori.core.evaluation.TruthRow;
import io.mamori.io.input.TruthCsvReader;
import io.mamori.io.report.EvaluationJsonWriter;
import io.mamori.io.report.ReportJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mamori evaluate}: a report's flagged accounts against ground truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Compares the accounts a report flagged with the ground truth of 'mamori generate':",
            "precision, recall and F1 over campaign accounts, recall per campaign kind, and the share",
            "of each benign crowd that was flagged."},
        sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--truth", paramLabel = "FILE", required = true,
            description = "truth.csv (user_id,label,group); groups.csv beside it gives the kinds.")
    Path truth;

    @Parameters(index = "0", paramLabel = "REPORT", description = "report.json, or the directory holding it.")
    Path report;

    @Option(names = "--json", description = "Print the numbers as one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Measured m = measure(truth, report);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EvaluationJsonWriter.toJson(m.flags(), m.ranking(), m.timeZones()));
        } else {
            m.print(out);
        }
        out.flush();
        return 0;
    }

    /**
     * Everything {@code evaluate} measures of one report.
     *
     * @param flags     the flagged accounts against the truth
     * @param ranking   campaign risk: campaign groups above crowd groups
     * @param timeZones campaign groups whose time zone names the operator's offset, of those judged
     */
    record Measured(Evaluation flags, RiskRanking ranking, RiskRanking.TimeZonesRight timeZones) {
        void print(PrintWriter out) {
            EvaluateCommand.print(flags, out);
            EvaluateCommand.print(ranking, out);
            if (timeZones.judged() > 0) {
                // Reports before 1.5 state each group's own time zone, so both lines count the same there.
                out.printf(Locale.ROOT, "time zone right for %d of %d campaign groups (%.0f %%), as the report states them%n",
                        timeZones.right(), timeZones.judged(), 100.0 * timeZones.right() / timeZones.judged());
                out.printf(Locale.ROOT, "  by their own posts alone %d of %d (%.0f %%)%n",
                        timeZones.rightOwn(), timeZones.judged(), 100.0 * timeZones.rightOwn() / timeZones.judged());
            }
        }
    }

    /** Measures the report at {@code reportPath} (a file or its directory) against {@code truthFile}. */
    static Measured measure(Path truthFile, Path reportPath) throws IOException {
        Path file = Files.isDirectory(reportPath) ? reportPath.resolve("report.json") : reportPath;
        JsonNode root = ReportJsonReader.read(file);
        List<TruthRow> rows = TruthCsvReader.read(truthFile);
        Evaluation e = Evaluation.of(rows, ReportJsonReader.flaggedAccountIds(root));
        RiskRanking ranking;
        try {
            ranking = RiskRanking.of(rows, ReportJsonReader.groupRisks(root));
        } catch (IllegalArgumentException noRisk) {
            throw new UserError(file + ": " + noRisk.getMessage());
        }
        return new Measured(e, ranking, ranking.timeZonesRight(TruthCsvReader.operatorOffsets(truthFile)));
    }

    static void print(RiskRanking r, PrintWriter out) {
        out.printf(Locale.ROOT, "campaign risk: %d campaign groups, %d crowd groups, %d others%n",
                r.campaignGroups().size(), r.crowdGroups().size(), r.otherGroups());
        if (!r.campaignGroups().isEmpty()) {
            RiskRanking.RankedGroup c = r.campaignGroups().get(0);
            out.printf(Locale.ROOT, "  lowest campaign group  %-6s %.3f  (%d members, mostly %s)%n", c.id(), c.risk(),
                    c.members(), c.majority());
        }
        if (!r.crowdGroups().isEmpty()) {
            RiskRanking.RankedGroup b = r.crowdGroups().get(0);
            out.printf(Locale.ROOT, "  highest crowd group    %-6s %.3f  (%d members, mostly %s)%n", b.id(), b.risk(),
                    b.members(), b.majority());
        }
        if (!Double.isNaN(r.margin())) {
            out.printf(Locale.ROOT, "  margin %+.3f; campaign above crowd in %.1f %% of pairs%n", r.margin(),
                    100 * r.orderedPairs());
        }
    }

    static void print(Evaluation e, PrintWriter out) {
        out.printf(Locale.ROOT, "flagged accounts: %,d (campaign %,d, benign %,d, organic %,d)%s%n", e.flagged(),
                e.truePositives(), e.flaggedBenign(), e.flaggedOrganic(),
                e.unknownFlagged() > 0 ? String.format(Locale.ROOT, "; %,d not in the truth, ignored", e.unknownFlagged()) : "");
        out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (%,d campaign accounts)%n",
                e.precision(), e.recall(), e.f1(), e.campaignAccounts());
        out.println("recall by campaign kind:");
        for (Evaluation.Outcome o : e.campaignKinds()) {
            out.printf(Locale.ROOT, "  %-18s %5d / %-5d %.3f%n", o.name(), o.flagged(), o.accounts(), o.share());
        }
        out.println("benign crowds flagged:");
        for (Evaluation.Outcome o : e.crowds()) {
            out.printf(Locale.ROOT, "  %-18s %5d / %-5d %5.1f %%  (%s)%n", o.name(), o.flagged(), o.accounts(),
                    100 * o.share(), o.kind());
        }
    }
}
