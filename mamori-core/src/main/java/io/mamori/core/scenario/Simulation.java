package io.mamori.core.scenario;

import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.PostEntities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One run of a scenario: a discrete-event simulation that yields posts in time order. Hour by
 * hour it plans organic actions and lets each script plan what it starts in that hour; planned
 * actions wait in a queue ordered by time (then by planning order) and are carried out when no
 * later planning can put anything before them. Memory is bounded by the actions pending in the
 * queue (about an hour ahead) and the posts of the last two days kept for reposting, not by the
 * length of the scenario.
 *
 * <p>Ordinary users choose what to repost by popularity (preferential attachment): half the time
 * they repost what someone else reposted a little while ago (so each repost makes the next more
 * likely), otherwise they take the most attractive of a few posts from a little while ago (more
 * followers and more reposts weigh more). "A little while" is log-normal with a median of 20
 * minutes, so most reposts come minutes to hours after the original. Not thread-safe.
 */
final class Simulation implements Iterator<Post>, Stage {
    private static final long ORIGINALS_RETENTION = 48 * Delays.HOUR;
    private static final long REPOSTS_RETENTION = 12 * Delays.HOUR;
    private static final long MEDIAN_REACTION = 20 * Delays.MINUTE;
    private static final double REACTION_SIGMA = 1.3;
    private static final double COPY_A_REPOST = 0.5;
    private static final int CANDIDATES = 4;
    private static final double REPLY_SHARE = 0.14;
    private static final double QUOTE_SHARE = 0.03;
    private static final double NEWS_SHARE = 0.10;
    private static final double MENTION_SHARE = 0.05;
    private static final String LANGUAGE = "ja";

    private record Scheduled(long time, long order, Action action) {
    }

    private final Cast cast;
    private final OrganicActivity organic;
    private final long end;
    private final SplittableRandom planning;
    private final SplittableRandom choices;
    private final SplittableRandom workers;
    private final List<Script.Runner> runners = new ArrayList<>();
    private final Map<GroupId, AnchorBoard> boards = new HashMap<>();
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparingLong(Scheduled::time).thenComparingLong(Scheduled::order));
    private final RecentPosts originals = new RecentPosts(ORIGINALS_RETENTION);
    private final RecentPosts reposts = new RecentPosts(REPOSTS_RETENTION);
    private final NewsWire wire = new NewsWire();
    private final long start;
    private long plannedUntil;
    private long order;
    private long lastMillis = Long.MIN_VALUE;
    private int sequence;
    private Post next;

    Simulation(Cast cast, OrganicActivity organic, List<Script> scripts, long start, long end, long seed) {
        this.cast = cast;
        this.organic = organic;
        this.start = start;
        this.end = end;
        this.plannedUntil = start;
        SplittableRandom root = new SplittableRandom(seed);
        this.planning = root.split();
        this.choices = root.split();
        this.workers = root.split();
        for (Script script : scripts) {
            runners.add(script.start(this, new SplittableRandom(script.seed())));
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Post next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Post p = next;
        next = null;
        return p;
    }

    @Override
    public Phrasebook phrases() {
        return Phrasebook.JAPANESE;
    }

    @Override
    public void schedule(Action action) {
        if (action.time() >= start && action.time() < end) {
            queue.add(new Scheduled(action.time(), order++, action));
        }
    }

    @Override
    public AnchorBoard anchors(GroupId trend) {
        return boards.computeIfAbsent(trend, g -> new AnchorBoard());
    }

    private Post advance() {
        while (true) {
            // Plan until the earliest pending action is before every hour still to plan.
            while (plannedUntil < end && (queue.isEmpty() || queue.peek().time() >= plannedUntil)) {
                long from = plannedUntil;
                long to = Math.min(end, from + Delays.HOUR);
                organic.planHour(from, planning, this::schedule);
                for (Script.Runner runner : runners) {
                    runner.plan(from, to);
                }
                plannedUntil = to;
            }
            Scheduled s = queue.poll();
            if (s == null) {
                return null;
            }
            Post p = carryOut(s.action());
            if (p != null) {
                return p;
            }
        }
    }

    /** The post an action makes, or null when it comes to nothing (its target never appeared, or was already reposted). */
    private Post carryOut(Action action) {
        return switch (action) {
            case Action.Organic o -> organicAction(o.account(), o.time());
            case Action.Publish p -> publish(p.account(), p.time(), p.text(), p.urls(), p.handle(), p.article());
            case Action.Repost rp -> {
                EmittedPost target = rp.target().resolve();
                yield target == null || !canRepost(rp.account(), target) ? null : repost(rp.account(), rp.time(), target);
            }
            case Action.Reply rp -> {
                EmittedPost target = rp.target().resolve();
                yield target == null ? null : reply(rp.account(), rp.time(), target, rp.text());
            }
        };
    }

    private Post organicAction(int a, long t) {
        double u = choices.nextDouble();
        double repostShare = cast.repostShare[a];
        if (u < repostShare) {
            EmittedPost target = repostTarget(a, t);
            return target != null ? repost(a, t, target) : original(a, t);
        }
        u -= repostShare;
        if (u < REPLY_SHARE + QUOTE_SHARE) {
            EmittedPost target = attractivePost(t);
            if (target != null && target.author != a) {
                return u < REPLY_SHARE
                        ? reply(a, t, target, Phrasebook.JAPANESE.reply(choices))
                        : quote(a, t, target);
            }
        }
        return original(a, t);
    }

    private EmittedPost repostTarget(int a, long t) {
        for (int attempt = 0; attempt < 3; attempt++) {
            EmittedPost c = reposts.size() > 0 && Draws.chance(choices, COPY_A_REPOST)
                    ? reposts.postedAbout(t, reactionDelay())
                    : attractivePost(t);
            if (c != null && canRepost(a, c)) {
                return c;
            }
        }
        return null;
    }

    /** The most attractive of a few posts from a little while ago, drawn in proportion to attractiveness. */
    private EmittedPost attractivePost(long t) {
        if (originals.size() == 0) {
            return null;
        }
        EmittedPost[] candidates = new EmittedPost[CANDIDATES];
        double[] weights = new double[CANDIDATES];
        double total = 0;
        for (int i = 0; i < CANDIDATES; i++) {
            candidates[i] = originals.postedAbout(t, reactionDelay());
            weights[i] = Math.sqrt(cast.followers[candidates[i].author] + 1.0) * (1 + candidates[i].reposts());
            total += weights[i];
        }
        double x = choices.nextDouble() * total;
        for (int i = 0; i < CANDIDATES - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return candidates[i];
            }
        }
        return candidates[CANDIDATES - 1];
    }

    private long reactionDelay() {
        return Delays.logNormal(choices, MEDIAN_REACTION, REACTION_SIGMA, 0, ORIGINALS_RETENTION);
    }

    private boolean canRepost(int a, EmittedPost target) {
        return target.author != a && !target.repostedBy(a);
    }

    private Post original(int a, long t) {
        Phrasebook phrases = Phrasebook.JAPANESE;
        double u = choices.nextDouble();
        String body = null;
        List<String> urls = List.of();
        if (u < NEWS_SHARE) {
            NewsWire.Article article = wire.pick(choices, t);
            if (article != null) {
                urls = List.of(article.url());
                body = phrases.newsComment(choices) + article.headline();
            }
        }
        if (body == null) {
            body = phrases.organicPost(choices);
            if (u >= NEWS_SHARE && u < NEWS_SHARE + MENTION_SHARE) {
                int friend = Draws.below(choices, cast.size());
                if (friend != a) {
                    body = "@" + cast.usernames[friend] + " " + body;
                }
            }
        }
        return publish(a, t, Script.withLinks(body, urls), urls, new EmittedPost(a), null);
    }

    private Post publish(int a, long t, String text, List<String> urls, EmittedPost handle, NewsWire.Article article) {
        Post p = post(a, t, text, null, null, null, urls);
        handle.posted(p);
        originals.add(handle, t);
        if (article != null) {
            wire.publish(article);
        }
        return p;
    }

    private Post repost(int a, long t, EmittedPost target) {
        Post o = target.post();
        // X shows a repost as "RT @author: text" and carries the original's links and entities.
        Post p = post(a, t, "RT @" + o.username() + ": " + o.text(), o.id(), null, null, o.urls());
        target.addReposter(a);
        reposts.add(target, t);
        return p;
    }

    private Post reply(int a, long t, EmittedPost target, String text) {
        Post o = target.post();
        return post(a, t, "@" + o.username() + " " + text, null, o.id(), null, List.of());
    }

    private Post quote(int a, long t, EmittedPost target) {
        Post p = post(a, t, Phrasebook.JAPANESE.quoteComment(choices), null, null, target.post().id(), List.of());
        EmittedPost handle = new EmittedPost(a);
        handle.posted(p);
        originals.add(handle, t);
        return p;
    }

    private Post post(int a, long t, String text, PostId repostOf, PostId replyTo, PostId quoteOf, List<String> urls) {
        return new Post(Platform.X, nextId(t), cast.ids[a], cast.usernames[a], Instant.ofEpochMilli(t), text, LANGUAGE,
                repostOf, replyTo, quoteOf, urls, PostEntities.hashtags(text), PostEntities.mentions(text));
    }

    /** Snowflake ids: posts come out in time order, so a per-millisecond sequence keeps them unique. */
    private PostId nextId(long t) {
        if (t == lastMillis) {
            sequence++;
        } else {
            lastMillis = t;
            sequence = 0;
        }
        return new PostId(Long.toString(Snowflakes.id(t, Draws.below(workers, Snowflakes.workerCount()), sequence)));
    }
}
