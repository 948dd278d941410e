/**
 * Mamori's pure core: the domain (posts, accounts, co-activity networks) and the algorithms over
 * it. Nothing here performs I/O or imports an HTTP, JDBC, Kafka, Flink, JSON or CLI class; an
 * ArchUnit test ({@code CoreIsPureTest}) enforces it. Adapters in the other modules turn files,
 * databases and streams into these types.
 */
package io.mamori.core;
