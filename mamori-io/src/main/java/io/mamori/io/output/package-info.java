/**
 * Writers: co-activity networks as edge-list CSV and GraphML, posts as Mamori JSONL. Output is
 * deterministic (sorted, fixed formatting) so two runs on the same input give identical files.
 */
package io.mamori.io.output;
