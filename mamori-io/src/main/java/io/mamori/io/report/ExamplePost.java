package io.mamori.io.report;

import java.time.Instant;

/**
 * A post quoted in a report as evidence, read back from the input after detection.
 *
 * @param id        the post's id
 * @param accountId its author's account id
 * @param username  its author's username, or null
 * @param time      when it was posted
 * @param kind      {@code post}, {@code repost} or {@code reply}
 * @param text      its text as the input gave it
 */
public record ExamplePost(String id, String accountId, String username, Instant time, String kind, String text) {
}
