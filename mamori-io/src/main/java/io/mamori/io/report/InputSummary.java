package io.mamori.io.report;

import io.mamori.io.input.RecordProblem;

import java.util.List;

/**
 * What an analysis read.
 *
 * @param files          the input files as named on the command line
 * @param postsRead      post records read (before removing repeated post ids)
 * @param accountsRead   account records read (Mamori JSONL, X includes)
 * @param skippedRecords bad records skipped
 * @param duplicatePosts posts dropped because their (platform, id) came earlier
 * @param problems       the first bad records, in reading order
 * @param readSeconds    time spent reading, seconds
 */
public record InputSummary(List<String> files, long postsRead, long accountsRead, long skippedRecords,
                           long duplicatePosts, List<RecordProblem> problems, double readSeconds) {
    public InputSummary {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
