/**
 * Writers: co-activity networks as edge-list CSV and GraphML; posts and accounts as Mamori JSONL,
 * toolkit CSV and X API v2 response pages. Output is
 * deterministic (sorted, fixed formatting) so two runs on the same input give identical files.
 */
package io.mamori.io.output;
