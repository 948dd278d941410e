package io.mamori.analysis;

import io.mamori.core.groups.GroupDetection;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.io.report.AnalysisReport;

import java.nio.file.Path;

/**
 * What {@link AnalysisPipeline#run} produced.
 *
 * @param loaded     the posts read (the table, counts, bad records)
 * @param detection  the candidate and flagged groups
 * @param risk       per group campaign risk and per account automation
 * @param report     the report as written
 * @param reportJson {@code report.json} in the output directory
 * @param reportHtml {@code report.html} in the output directory
 * @param seconds    the whole run, wall clock
 */
public record AnalysisResult(PostTableLoading.Loaded loaded, GroupDetection detection, CampaignRisk.Result risk,
                             AnalysisReport report, Path reportJson, Path reportHtml, double seconds) {
}
