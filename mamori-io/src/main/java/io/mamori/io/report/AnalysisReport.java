package io.mamori.io.report;

import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.core.risk.RiskWeights;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.narrative.Narrative;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code report.json} holds: the detection, what was read, the example posts quoted
 * as evidence (by table post index) and the edge-list files written beside the report.
 *
 * @param tool         name and version of the program that made the report
 * @param detection    groups, flagged accounts, parameters
 * @param input        what was read
 * @param examplePosts example posts by post index in {@code detection.table()}
 * @param edgeFiles    edge-list file per network type, relative to the report
 * @param narratives   the narratives of the input
 * @param signals      the groups' and flagged accounts' time zones and link shares (1.2)
 * @param risk         accounts' behaviour features and automation scores, groups' automation and
 *                     campaign risk (1.3)
 */
public record AnalysisReport(String tool, GroupDetection detection, InputSummary input,
                             Map<Integer, ExamplePost> examplePosts, Map<String, String> edgeFiles,
                             Narratives narratives, ReportSignals signals, CampaignRisk.Result risk) {
    public AnalysisReport {
        examplePosts = Map.copyOf(examplePosts);
        edgeFiles = Map.copyOf(edgeFiles);
        if (signals.groups().size() != detection.groups().size() || signals.accounts().size() != detection.accounts().size()) {
            throw new IllegalArgumentException("signals are not of this detection");
        }
        if (risk.risks().size() != detection.groups().size()) {
            throw new IllegalArgumentException("risks are not of this detection");
        }
    }

    /** A report whose risk scores automation with {@link RuleBasedAutomation#DEFAULT}. */
    public AnalysisReport(String tool, GroupDetection detection, InputSummary input,
                          Map<Integer, ExamplePost> examplePosts, Map<String, String> edgeFiles,
                          Narratives narratives, ReportSignals signals) {
        this(tool, detection, input, examplePosts, edgeFiles, narratives, signals,
                CampaignRisk.assess(detection, signals.groups(), signals.foreignRule(), narratives,
                        RuleBasedAutomation.DEFAULT, RiskWeights.DEFAULT, AutomationScorer.DEFAULT_TOP));
    }

    /** A report whose signals use no domain list (every listed share is 0). */
    public AnalysisReport(String tool, GroupDetection detection, InputSummary input,
                          Map<Integer, ExamplePost> examplePosts, Map<String, String> edgeFiles,
                          Narratives narratives) {
        this(tool, detection, input, examplePosts, edgeFiles, narratives, ReportSignals.withoutLists(detection));
    }

    /** A report without narratives. */
    public AnalysisReport(String tool, GroupDetection detection, InputSummary input,
                          Map<Integer, ExamplePost> examplePosts, Map<String, String> edgeFiles) {
        this(tool, detection, input, examplePosts, edgeFiles, Narratives.none(NarrativeParameters.defaults()));
    }

    /** Version of the {@code report.json} contract this program writes. */
    public static final int FORMAT_VERSION = 1;

    /**
     * Minor version within {@link #FORMAT_VERSION}: fields added since, which readers of the same
     * version may ignore. 1: {@code narratives}. 2: {@code parameters.signals}, the groups' and
     * flagged accounts' {@code timezone} and {@code links}. 3: {@code parameters.automation},
     * {@code parameters.risk}, the groups' {@code automation} and {@code risk}, members'
     * {@code automation}, flagged accounts' {@code automation} and {@code features}. 4: the
     * {@code pace} term in the groups' {@code components}, and the groups' {@code operation}. 5: the
     * groups' {@code timezone.operation} and {@code timezone.inferred},
     * {@code parameters.signals.timeZone.operation}, and the time-zone reason of a unit
     * placed by its operation.
     */
    public static final int FORMAT_MINOR_VERSION = 5;

    /** Groups whose accounts, edges and examples are written in full; the rest are summarised. */
    public static final int DETAILED_GROUPS = 50;

    /** Shared items listed per group. */
    public static final int ITEMS_PER_GROUP = 25;

    /** Edges of the network picture per group, heaviest first. */
    public static final int EDGES_PER_GROUP = 2000;

    /** Listed domains named per group in {@code links.top}, most posts first. */
    public static final int DOMAINS_PER_GROUP = 10;

    /** Listed domains named per flagged account in {@code links.top}. */
    public static final int DOMAINS_PER_ACCOUNT = 3;

    /** Example posts per group. */
    public static final int EXAMPLES_PER_GROUP = 12;

    /** The post indices a report quotes, for the reader that fetches their text. */
    public static List<Integer> examplePostIndices(GroupDetection detection) {
        List<Integer> out = new ArrayList<>();
        int g = 0;
        for (var group : detection.groups()) {
            if (g++ >= DETAILED_GROUPS) {
                break;
            }
            out.addAll(examples(group));
        }
        return out;
    }

    /** The post indices the report quotes for narratives: their example posts. */
    public static List<Integer> narrativeExamplePostIndices(Narratives narratives) {
        List<Integer> out = new ArrayList<>();
        for (Narrative n : narratives.narratives()) {
            out.addAll(n.examplePosts());
        }
        return out;
    }

    /** The example posts of one group: the first examples of its most shared items. */
    static List<Integer> examples(CoordinatedGroup group) {
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        var items = group.activity().items();
        for (int round = 0; round < 3 && out.size() < EXAMPLES_PER_GROUP; round++) {
            for (int i = 0; i < Math.min(items.size(), ITEMS_PER_GROUP) && out.size() < EXAMPLES_PER_GROUP; i++) {
                List<Integer> ex = items.get(i).examplePosts();
                if (round < ex.size()) {
                    out.add(ex.get(round));
                }
            }
        }
        return List.copyOf(out);
    }
}
