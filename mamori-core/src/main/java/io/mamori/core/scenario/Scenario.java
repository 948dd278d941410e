package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A generated election week: its accounts (with metadata, display names and ground truth), its
 * crowd events and campaigns, and its posts.
 *
 * <p>Accounts, events and campaigns are held in memory (a few hundred bytes per account). Posts
 * are not: {@link #posts()} simulates them afresh, in time order, each time it is called, with
 * memory bounded by a couple of days of recent posts. Every call gives the same posts.
 * Immutable; {@link #posts()} may be called from several threads, each stream being single-threaded.
 */
public final class Scenario {
    private final ScenarioParameters parameters;
    private final List<ScenarioAccount> accounts;
    private final Map<AccountId, ScenarioAccount> byId;
    private final List<CrowdEvent> crowdEvents;
    private final List<Campaign> campaigns;
    private final Cast cast;
    private final OrganicActivity organic;
    private final List<Script> scripts;
    private final long simulationSeed;

    Scenario(ScenarioParameters parameters, List<ScenarioAccount> accounts, List<CrowdEvent> crowdEvents,
             List<Campaign> campaigns, Cast cast, List<Script> scripts, long simulationSeed) {
        this.parameters = parameters;
        this.accounts = List.copyOf(accounts);
        Map<AccountId, ScenarioAccount> map = new HashMap<>(accounts.size() * 2);
        for (ScenarioAccount a : accounts) {
            map.put(a.account().id(), a);
        }
        this.byId = map;
        this.crowdEvents = List.copyOf(crowdEvents);
        this.campaigns = List.copyOf(campaigns);
        this.cast = cast;
        this.organic = new OrganicActivity(cast);
        this.scripts = List.copyOf(scripts);
        this.simulationSeed = simulationSeed;
    }

    public ScenarioParameters parameters() {
        return parameters;
    }

    /** Every account, in ascending order of its (numeric) id; each exactly once. */
    public List<ScenarioAccount> accounts() {
        return accounts;
    }

    /** The account with this id, or null. */
    public ScenarioAccount account(AccountId id) {
        return byId.get(id);
    }

    /** The benign crowd events: the earthquake, the fan storm, the two share-button headlines, the hashtag trend. */
    public List<CrowdEvent> crowdEvents() {
        return crowdEvents;
    }

    /** The campaigns, ordered by group id (kind, then number). */
    public List<Campaign> campaigns() {
        return campaigns;
    }

    /**
     * The posts, in time order (ties in the order they were made), all on platform {@code x}.
     * Each call runs the simulation again; the stream is sequential and lazy.
     */
    public Stream<Post> posts() {
        Simulation run = new Simulation(cast, organic, scripts, parameters.start().toEpochMilli(),
                parameters.end().toEpochMilli(), simulationSeed);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(run,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }
}
