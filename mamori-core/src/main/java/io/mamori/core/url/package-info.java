/**
 * URL normalisation and registered domains for the {@code co-link-domain} network. The
 * toolkit-compatible {@code co-link} network does not use anything here: it compares URLs as written.
 */
package io.mamori.core.url;
