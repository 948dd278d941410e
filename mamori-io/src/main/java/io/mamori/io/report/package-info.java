/**
 * The analysis report of {@code mamori analyze}: {@code report.json} (the versioned contract of
 * {@code docs/report-format.md}) and the self-contained {@code report.html} rendered from it.
 * Depends on {@code mamori-core} and Jackson.
 */
package io.mamori.io.report;
