/**
 * Streaming post readers: the coordination-network toolkit CSV, X API v2 JSON (response pages and
 * twarc2-flattened lines) and Mamori JSONL ({@code docs/formats.md}). Every reader streams, reports
 * each bad record with file, line and field through {@link io.mamori.io.input.ReadContext}, and
 * goes on with the next record unless told to fail.
 */
package io.mamori.io.input;
