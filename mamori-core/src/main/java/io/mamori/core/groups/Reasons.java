package io.mamori.core.groups;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Puts group and member evidence into sentences an analyst can check. Stateless. */
final class Reasons {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Reasons() {
    }

    static List<String> member(GroupActivity.Member m, List<CoActivityType> types, int groupSize) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "co-acted with %d of the other %d members on %d separate occasions",
                m.partners(), groupSize - 1, m.events()));
        List<String> what = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            int n = m.postsByType().get(t);
            if (n > 0) {
                what.add(phrase(types.get(t), n));
            }
        }
        if (!what.isEmpty()) {
            out.add(String.join("; ", what));
        }
        out.add(String.format(Locale.ROOT, "reacted within %s of another member at the closest, %s at the slowest",
                duration(m.minDelay()), duration(m.maxDelay())));
        return out;
    }

    static List<String> group(GroupActivity a) {
        List<String> out = new ArrayList<>();
        if (a.coActionPosts() == 0) {
            out.add("no co-action between members");
            return out;
        }
        out.add(String.format(Locale.ROOT, "%d accounts co-acted on %d separate occasions between %s and %s",
                a.members().size(), a.events(), MINUTE.format(instant(a.firstTime())), MINUTE.format(instant(a.lastTime()))));
        out.add(String.format(Locale.ROOT, "half of the %d co-acting posts came within %s of another member's",
                a.coActionPosts(), duration(a.medianDelay())));
        int exclusive = 0;
        for (GroupActivity.SharedItem item : a.items()) {
            if (item.accounts() <= item.members()) {
                exclusive++;
            }
        }
        out.add(String.format(Locale.ROOT, "%d of the %d shared items were touched by no one outside the group",
                exclusive, a.items().size()));
        return out;
    }

    static String amplified(AmplifiedSources.Source s) {
        return String.format(Locale.ROOT, "wrote %d of the %d posts the group co-reposted: the group amplified this account",
                s.posts(), s.coRepostedPosts());
    }

    static String amplifiedGroup(AmplifiedSources.Source s, io.mamori.core.coordination.PostTable table) {
        String name = table.username(s.account()) == null ? table.accountId(s.account())
                : "@" + table.username(s.account()) + " (" + table.accountId(s.account()) + ")";
        return String.format(Locale.ROOT, "%d of the %d posts the group co-reposted were written by %s, flagged as the amplified account",
                s.posts(), s.coRepostedPosts(), name);
    }

    private static String phrase(CoActivityType type, int n) {
        return switch (type) {
            case CO_REPOST -> n + (n == 1 ? " repost" : " reposts") + " of posts other members reposted";
            case CO_POST -> n + (n == 1 ? " post" : " posts") + " with a text identical to another member's";
            case CO_SIMILAR -> n + (n == 1 ? " post" : " posts") + " near-duplicating another member's text";
            case CO_LINK -> n + (n == 1 ? " post" : " posts") + " sharing a link another member shared";
            case CO_LINK_DOMAIN -> n + (n == 1 ? " post" : " posts") + " linking to a site other members linked to";
            case CO_REPLY -> n + (n == 1 ? " reply" : " replies") + " to posts other members replied to";
            case CO_HASHTAG -> n + (n == 1 ? " post" : " posts") + " using a hashtag other members used at the same time";
            case CO_ANY -> n + " posts";
        };
    }

    /** The sentence of a group judged as one unit of an operation (docs/scoring.md, Operations). */
    static String unit(String id, String operation, int units) {
        return id.equals(operation)
                ? String.format(Locale.ROOT, "judged with %d other groups that push the same content, as one operation named after this group",
                        units - 1)
                : String.format(Locale.ROOT, "judged with %d other groups that push the same content, as one operation (%s)",
                        units - 1, operation);
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "n/a";
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    private static Instant instant(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }
}
