/**
 * Word segmentation for languages written without spaces: {@link io.mamori.text.KuromojiSegmenter},
 * Lucene's kuromoji morphological analyser (IPADIC, bundled in its jar) behind
 * {@link io.mamori.core.text.WordSegmenter}, so that {@code core} can work on words (word
 * shingles for near duplicates, narratives' key terms) without depending on Lucene.
 * May depend on {@code mamori-core} and Lucene's {@code lucene-analysis-kuromoji} (with the
 * {@code lucene-core} and {@code lucene-analysis-common} it brings); never on I/O, the CLI, the
 * store or the server.
 */
package io.mamori.text;
