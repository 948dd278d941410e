/**
 * Text normalisation and words. {@link io.mamori.core.text.ToolkitText} reproduces the
 * coordination-network toolkit's co-tweet key exactly; {@link io.mamori.core.text.PostEntities}
 * finds hashtags and mentions; {@link io.mamori.core.text.WordSegmenter} is the seam to a
 * morphological analyser (kuromoji, in module {@code mamori-text}), reporting each word with its
 * {@link io.mamori.core.text.PartOfSpeech}. The Japanese-aware normalisation for near duplicates
 * is {@link io.mamori.core.similarity.SimilarityText}.
 */
package io.mamori.core.text;
