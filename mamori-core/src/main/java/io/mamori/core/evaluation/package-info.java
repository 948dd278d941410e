/**
 * Measuring a detector against ground truth ({@code truth.csv} of {@code mamori generate}):
 * precision, recall and F1 of flagged accounts, recall per campaign kind, share of each benign
 * crowd flagged. Pure: the JDK only.
 */
package io.mamori.core.evaluation;
