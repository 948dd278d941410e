package io.mamori.analysis;

import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.groups.CoordinatedGroupDetector;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.narrative.NarrativeBuilder;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;
import io.mamori.core.post.Post;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.core.risk.RiskWeights;
import io.mamori.core.text.WordSegmenter;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.output.EdgeListCsvWriter;
import io.mamori.io.report.AnalysisReport;
import io.mamori.io.report.ExamplePost;
import io.mamori.io.report.InputSummary;
import io.mamori.io.report.ReportHtmlWriter;
import io.mamori.io.report.ReportJsonWriter;
import io.mamori.io.report.ReportSignals;
import io.mamori.text.KuromojiSegmenter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The coordinated-groups analysis (docs/scoring.md, docs/ARCHITECTURE.md "Data flow"): posts →
 * {@link CoordinatedGroupDetector} → {@link ReportSignals} → {@link NarrativeBuilder} →
 * {@link CampaignRisk} → example posts → edge lists, {@code report.json} and {@code report.html}.
 * The same source and options give a byte-identical report whoever calls it.
 */
public final class AnalysisPipeline {
    /**
     * Edge lists keep pairs that co-acted at least twice: single co-actions are never evidence
     * here (docs/scoring.md), and at 100,000 accounts they are tens of millions of lines.
     */
    public static final int EDGE_LIST_MIN_WEIGHT = 2;

    /**
     * The word segmenter for narratives' key terms (docs/narratives.md): kuromoji's nouns and
     * proper nouns ({@code mamori-text}).
     */
    static final Supplier<WordSegmenter> SEGMENTER = KuromojiSegmenter::create;

    private AnalysisPipeline() {
    }

    /**
     * Runs the analysis and writes {@code outDir/report.json}, {@code outDir/report.html} and
     * {@code outDir/edges/<type>.csv} ({@code outDir} is created).
     *
     * @throws io.mamori.io.input.InputException when the source cannot be read, or a record is bad under
     *                                           {@link OnError#FAIL}
     */
    public static AnalysisResult run(PostSource source, AnalysisOptions options, Path outDir, ProgressListener progress)
            throws IOException {
        long start = System.nanoTime();
        DetectionParameters params = options.detection();
        int threads = options.threads();
        PostTableLoading.Loaded loaded = PostTableLoading.load(source, params.windows().keySet(), params.similarity(),
                null, threads, options.onError(), options.defaultPlatform(), progress);
        progress.loaded(loaded);
        PostTable table = loaded.table();
        GroupDetection detection = CoordinatedGroupDetector.detect(table, params, threads, progress::phase);
        progress.phase("signals");
        ReportSignals signals = ReportSignals.compute(detection, options.domainLists(), options.domainListNames());
        progress.phase("narratives");
        Narratives narratives = NarrativeBuilder.build(detection, SEGMENTER.get(), NarrativeParameters.defaults());
        progress.phase("automation and risk");
        CampaignRisk.Result risk = CampaignRisk.assess(detection, signals.groups(), signals.foreignRule(), narratives,
                options.scorer(), RiskWeights.DEFAULT, AutomationScorer.DEFAULT_TOP);
        progress.phase("reading example posts");
        List<Integer> quoted = new ArrayList<>(AnalysisReport.examplePostIndices(detection));
        quoted.addAll(AnalysisReport.narrativeExamplePostIndices(narratives));
        Map<Integer, ExamplePost> examples = examplePosts(source, options, table, quoted);
        progress.phase("writing the report");
        Files.createDirectories(outDir.resolve("edges"));
        Map<String, String> edgeFiles = new LinkedHashMap<>();
        for (CoActivityType type : detection.index().types()) {
            CoActivityNetwork network = CoActivityNetworkBuilder.build(table, type,
                    new WindowParameters(params.windows().get(type), EDGE_LIST_MIN_WEIGHT, false), threads);
            String name = "edges/" + type.cliName() + ".csv";
            try (Writer w = Files.newBufferedWriter(outDir.resolve(name), StandardCharsets.UTF_8)) {
                EdgeListCsvWriter.write(List.of(network), w);
            }
            edgeFiles.put(type.cliName(), name);
        }
        InputSummary summary = new InputSummary(source.names(), loaded.postsRead(), loaded.accountsRead(),
                loaded.skipped(), loaded.duplicates(), loaded.problems(), loaded.seconds());
        AnalysisReport report = new AnalysisReport(options.tool(), detection, summary, examples, edgeFiles, narratives,
                signals, risk);
        Path json = outDir.resolve("report.json");
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ReportJsonWriter.write(report, w);
        }
        Path html = outDir.resolve("report.html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            ReportHtmlWriter.write(json, w);
        }
        progress.finished();
        return new AnalysisResult(loaded, detection, risk, report, json, html, (System.nanoTime() - start) / 1e9);
    }

    /** Reads the source again for the texts of the posts the report quotes. */
    private static Map<Integer, ExamplePost> examplePosts(PostSource source, AnalysisOptions options, PostTable table,
                                                          List<Integer> postIndices) {
        Map<String, Integer> wanted = new HashMap<>();
        for (int p : postIndices) {
            wanted.put(key(table.accountPlatform(table.account(p)).name(), table.postId(p)), p);
        }
        Map<Integer, ExamplePost> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        PostSink sink = PostSink.of((Post post) -> {
            Integer p = wanted.remove(key(post.platform().name(), post.id().value()));
            if (p != null) {
                String kind = post.repostOf() != null ? "repost" : post.replyTo() != null ? "reply" : "post";
                out.put(p, new ExamplePost(post.id().value(), post.accountId().value(), post.username(),
                        post.timestamp(), kind, post.text()));
            }
        }, account -> { });
        // Problems were reported by the first pass; this one only skips them.
        ReadContext context = new ReadContext(sink, OnError.SKIP, options.defaultPlatform(), problem -> { });
        source.read(context, bytes -> { });
        return out;
    }

    private static String key(String platform, String id) {
        return platform + '\u0000' + id;
    }
}
