package io.mamori.analysis;

import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.post.Platform;
import io.mamori.io.input.DomainListCsvReader;
import io.mamori.io.input.OnError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * How an analysis runs. Validated by whoever builds it (the CLI's options, the server's request).
 *
 * @param detection       detection parameters (seed, windows, similarity...)
 * @param domainLists     the watched domains: the bundled lists and the user's, already loaded
 * @param domainListNames the user's lists as the report names them (empty for the bundled lists only)
 * @param scorer          the automation scorer (the bundled model, a trained file, or the rules)
 * @param threads         worker threads, at least one
 * @param onError         fail on the first bad record, or skip and count
 * @param defaultPlatform platform of inputs that do not name one (the toolkit CSV)
 * @param tool            the tool and version written into the report ({@code mamori 0.1.0})
 */
public record AnalysisOptions(DetectionParameters detection, DomainListCsvReader.Loaded domainLists,
                              List<String> domainListNames, AutomationScorer scorer, int threads, OnError onError,
                              Platform defaultPlatform, String tool) {
    public AnalysisOptions {
        Objects.requireNonNull(detection);
        Objects.requireNonNull(domainLists);
        domainListNames = List.copyOf(domainListNames);
        Objects.requireNonNull(scorer);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        Objects.requireNonNull(onError);
        Objects.requireNonNull(defaultPlatform);
        Objects.requireNonNull(tool);
    }

    /**
     * The defaults of {@code mamori analyze}: default detection parameters with {@code seed}, the
     * bundled domain lists, the given scorer, bad records skipped.
     */
    public static AnalysisOptions defaults(long seed, AutomationScorer scorer, int threads, Platform defaultPlatform,
                                           String tool) {
        return new AnalysisOptions(DetectionParameters.defaults().withSeed(seed), bundledDomainLists(), List.of(),
                scorer, threads, OnError.SKIP, defaultPlatform, tool);
    }

    /** The bundled domain lists alone. */
    public static DomainListCsvReader.Loaded bundledDomainLists() {
        try {
            return DomainListCsvReader.load(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled domain lists", e);
        }
    }
}
