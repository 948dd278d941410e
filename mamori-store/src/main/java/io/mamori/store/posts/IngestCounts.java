package io.mamori.store.posts;

/**
 * What one ingest did.
 *
 * @param received          posts handed to the ingest
 * @param stored            posts newly stored
 * @param duplicatesInBatch posts whose (platform, id) came earlier in the same ingest (the first one counts)
 * @param alreadyStored     posts whose (platform, id) was stored before this ingest
 * @param accounts          account records received (each upserts the account's metadata)
 */
public record IngestCounts(long received, long stored, long duplicatesInBatch, long alreadyStored, long accounts) {
    /** Posts not stored because their (platform, id) was already known. */
    public long duplicates() {
        return duplicatesInBatch + alreadyStored;
    }
}
