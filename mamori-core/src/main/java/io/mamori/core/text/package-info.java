/**
 * Text normalisation. {@link io.mamori.core.text.ToolkitText} reproduces the coordination-network
 * toolkit's co-tweet key exactly; the richer, Japanese-aware normalisation for near-duplicates
 * will live beside it.
 */
package io.mamori.core.text;
