package io.mamori.core.scenario;

import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a {@link Scenario} from {@link ScenarioParameters}: casts the accounts (news, agency,
 * celebrity and election-office accounts; campaign units; ordinary users, some of whom join benign
 * crowd events), gives each its metadata and activity, and plans the crowd events and campaigns.
 * The posts themselves are simulated when {@link Scenario#posts()} is read.
 *
 * <p>Proportions (see {@code docs/scenarios.md}): campaigns take {@value #CAMPAIGN_SHARE} of the
 * accounts, but each unit has a minimum size, so at the smallest sizes they take up to about 4 %;
 * benign crowd members are about 14 %. Every random choice comes from the seed, through separate
 * streams for people, plans and the simulation, so the same parameters give the same scenario.
 */
public final class ScenarioGenerator {
    /** Share of the accounts that campaigns take (each unit has a minimum size). */
    static final double CAMPAIGN_SHARE = 0.03;
    static final double QUAKE_SHARE = 0.04;
    static final double FAN_SHARE = 0.03;
    static final double HEADLINE_SHARES = 0.02;
    static final double TREND_SHARE = 0.05;
    static final String TREND_TAG = "投票に行こう";

    static final Duration FARM_MIN_DELAY = Duration.ofSeconds(2);
    static final Duration FARM_MAX_DELAY = Duration.ofSeconds(40);
    static final double FARM_PARTICIPATION = 0.85;
    static final double FARM_BURSTS_PER_DAY = 6;
    static final double COPY_PASTA_WAVES_PER_DAY = 1.5;
    static final double COPY_PASTA_PARTICIPATION = 0.8;
    static final Duration COPY_PASTA_SPREAD = Duration.ofMinutes(25);
    static final double LAUNDERING_BURSTS_PER_DAY = 2;
    static final double LAUNDERING_SHORTENED = 0.3;
    static final double HIJACK_BURSTS_PER_DAY = 4;
    static final double HIJACK_REPLY_SHARE = 0.35;
    static final int SLEEPER_MIN_BURSTS = 3;
    static final int SLEEPER_MAX_BURSTS = 6;
    static final double NEWS_POSTS_PER_DAY = 14;

    private static final long HOUR = Delays.HOUR;
    private static final long DAY = 24 * HOUR;
    private static final long YEAR = 365 * DAY;
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final long Y2007 = Instant.parse("2007-03-01T00:00:00Z").toEpochMilli();
    private static final long Y2010 = Instant.parse("2010-01-01T00:00:00Z").toEpochMilli();
    private static final long Y2014 = Instant.parse("2014-01-01T00:00:00Z").toEpochMilli();
    private static final long Y2017 = Instant.parse("2017-01-01T00:00:00Z").toEpochMilli();
    private static final long Y2022 = Instant.parse("2022-01-01T00:00:00Z").toEpochMilli();

    /** Campaign unit kinds: share of the campaign accounts, and the size range of one unit. */
    private enum UnitKind {
        AMPLIFIER("amplifier", 0.35, 30, 60),
        COPY_PASTA("copypasta", 0.25, 24, 120),
        LAUNDERING("laundering", 0.15, 12, 40),
        HIJACK("hijack", 0.15, 16, 80),
        SLEEPER("sleeper", 0.10, 8, 30);

        final String group;
        final double share;
        final int min;
        final int max;

        UnitKind(String group, double share, int min, int max) {
            this.group = group;
            this.share = share;
            this.min = min;
            this.max = max;
        }
    }

    /** A campaign unit being cast: members by index; for a farm, the first member is the operator account. */
    private record Unit(UnitKind kind, GroupId id, OperatorSchedule schedule, int[] members) {
    }

    private record Media(int[] publishers, int agency, int celebrity, int electionOffice) {
    }

    private final ScenarioParameters parameters;
    private final long start;
    private final long end;
    private final SplittableRandom people;
    private final SplittableRandom plans;
    private final SplittableRandom seeds;
    private final Personas personas = new Personas();
    private final Cast cast;
    private final Account[] accounts;
    private final String[] displayNames;
    private final Truth[] truth;
    private final Set<Long> accountIds = new HashSet<>();
    /** Accounts are cast in index order: media, campaign units, then ordinary users. */
    private int nextAccount;

    private ScenarioGenerator(ScenarioParameters parameters) {
        this.parameters = parameters;
        this.start = parameters.start().toEpochMilli();
        this.end = parameters.end().toEpochMilli();
        SplittableRandom root = new SplittableRandom(parameters.seed());
        this.people = root.split();
        this.plans = root.split();
        this.seeds = root.split();
        int n = parameters.accounts();
        this.cast = new Cast(n);
        this.accounts = new Account[n];
        this.displayNames = new String[n];
        this.truth = new Truth[n];
    }

    /** Generates the scenario of these parameters; the same parameters always give the same scenario. */
    public static Scenario generate(ScenarioParameters parameters) {
        return new ScenarioGenerator(parameters).build();
    }

    private Scenario build() {
        Media media = castMedia();
        List<Unit> units = castCampaigns();
        int[] ordinary = castOrdinaryUsers();

        List<Script> scripts = new ArrayList<>();
        List<CrowdEvent> events = new ArrayList<>();
        scripts.add(new NewsDesks(media.publishers(), NEWS_POSTS_PER_DAY, seeds.nextLong()));
        GroupId trend = planCrowdEvents(media, ordinary, scripts, events);
        List<Campaign> campaigns = planCampaigns(units, trend, scripts);

        ScenarioAccount[] all = new ScenarioAccount[cast.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = new ScenarioAccount(accounts[i], displayNames[i], truth[i]);
        }
        Arrays.sort(all, Comparator.comparingLong(a -> Long.parseLong(a.account().id().value())));
        return new Scenario(parameters, List.of(all), events, campaigns, cast, scripts, seeds.nextLong());
    }

    // ---- casting ---------------------------------------------------------------------------

    private Media castMedia() {
        int[] publishers = new int[Publisher.values().length];
        for (Publisher p : Publisher.values()) {
            int i = nextAccount++;
            publishers[p.ordinal()] = i;
            account(i, personas.reserved(p.handle()), p.displayName(), timeBetween(people, Y2007 + YEAR, Y2010 + YEAR),
                    p.followers(), Math.round(Draws.logNormal(people, 40, 0.8)), Math.round(Draws.logNormal(people, 150_000, 0.5)),
                    "日本", p.outlet() + "のニュースをお届けします。");
            activity(i, 0, 0);
        }
        int agency = nextAccount++;
        account(agency, personas.reserved("kishou_bousai"), "気象庁 防災情報", timeBetween(people, Y2010 + YEAR, Y2010 + 2 * YEAR),
                2_400_000, 0, 12_000, "東京都港区", "地震・津波・気象警報などの防災情報をお知らせします。");
        activity(agency, 0, 0);
        int celebrity = nextAccount++;
        account(celebrity, personas.reserved("hoshino_mirai"), "星野みらい💫", timeBetween(people, Y2014, Y2014 + YEAR),
                850_000, 312, 6_400, null, "歌手・俳優。新曲「ミライノート」配信中🎧");
        activity(celebrity, 4, 0.1);
        int office = nextAccount++;
        account(office, personas.reserved("senkyo_annai"), "みんなの選挙案内", timeBetween(people, Y2014 - YEAR, Y2014),
                65_000, 20, 3_100, "日本", "選挙の日程や投票の方法をお知らせします。");
        activity(office, 0, 0);
        for (int i = 0; i < nextAccount; i++) {
            truth[i] = Truth.ORGANIC;
        }
        return new Media(publishers, agency, celebrity, office);
    }

    private List<Unit> castCampaigns() {
        OperatorSchedule weekdays = OperatorSchedule.OfficeHours.moscow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        OperatorSchedule everyDay = OperatorSchedule.OfficeHours.moscow(EnumSet.allOf(DayOfWeek.class));
        OperatorSchedule japan = new OperatorSchedule.LocalRhythm(JST);
        double budget = CAMPAIGN_SHARE * parameters.accounts();
        List<Unit> units = new ArrayList<>();
        List<Unit> farms = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            double target = kind.share * budget;
            int count = (int) Math.max(1, Math.round(target / ((kind.min + kind.max) / 2.0)));
            for (int u = 0; u < count; u++) {
                int size = (int) Math.round(target / count * Draws.uniform(plans, 0.9, 1.1));
                size = Math.max(kind.min, Math.min(kind.max, size));
                GroupId id = GroupId.of(kind.group, u + 1);
                OperatorSchedule schedule = switch (kind) {
                    case AMPLIFIER, COPY_PASTA, LAUNDERING -> weekdays;
                    // The one campaign that stays hard: it keeps Japanese hours. The others work
                    // the election weekend from Moscow, because the trend they hijack is then.
                    case HIJACK -> u == 0 ? japan : everyDay;
                    case SLEEPER -> farms.get(u % farms.size()).schedule();
                };
                int[] members = new int[size];
                for (int m = 0; m < size; m++) {
                    members[m] = nextAccount++;
                    truth[members[m]] = Truth.campaign(id);
                }
                Unit unit = new Unit(kind, id, schedule, members);
                castUnit(unit);
                units.add(unit);
                if (kind == UnitKind.AMPLIFIER) {
                    farms.add(unit);
                }
            }
        }
        return units;
    }

    private void castUnit(Unit unit) {
        Rhythm office = new Rhythm.Operated(unit.schedule());
        SplittableRandom r = people;
        switch (unit.kind()) {
            case AMPLIFIER -> {
                // Farm accounts are made in one sitting, a month or two before the election.
                long madeFrom = start - Math.round(Draws.uniform(r, 30, 60) * DAY);
                int operator = unit.members()[0];
                account(operator, personas.humanHandle(r), personas.patriotName(r), timeBetween(r, start - 3 * YEAR, start - YEAR),
                        Math.round(Draws.logNormal(r, 1_500, 0.5)), Math.round(Draws.logNormal(r, 800, 0.5)),
                        Math.round(Draws.logNormal(r, 4_000, 0.5)), Draws.chance(r, 0.5) ? "日本" : null, "日本の未来を守りたい。真実を発信します🇯🇵");
                activity(operator, 8, 0.2, office, 0.8);
                for (int k = 1; k < unit.members().length; k++) {
                    int m = unit.members()[k];
                    account(m, personas.generatedHandle(r), Draws.chance(r, 0.5) ? personas.patriotName(r) : personas.humanName(r),
                            madeFrom + Math.round(r.nextDouble() * 3.5 * DAY), Math.min(80, Math.round(Draws.logNormal(r, 6, 0.9))),
                            Math.round(Draws.logNormal(r, 250, 0.6)), Draws.between(r, 30, 300),
                            Draws.chance(r, 0.7) ? null : "日本", personas.farmBio(r));
                    activity(m, 2.5, 0.85, office, 0.7);
                }
            }
            case COPY_PASTA -> {
                for (int m : unit.members()) {
                    long made = Draws.chance(r, 0.5) ? timeBetween(r, start - 240 * DAY, start - 14 * DAY) : timeBetween(r, start - 6 * YEAR, start - YEAR);
                    boolean generated = Draws.chance(r, 0.4);
                    account(m, generated ? personas.generatedHandle(r) : personas.humanHandle(r),
                            Draws.chance(r, 0.5) ? personas.patriotName(r) : personas.humanName(r), made,
                            Math.round(Draws.logNormal(r, 60, 1.0)), Math.round(Draws.logNormal(r, 300, 0.8)),
                            Math.round(Draws.logNormal(r, 600, 1.0)), personas.location(r, 0.5),
                            Draws.chance(r, 0.5) ? personas.farmBio(r) : personas.humanBio(r, 0.3));
                    activity(m, 5, 0.5, office, 0.7);
                }
            }
            case LAUNDERING -> {
                for (int m : unit.members()) {
                    boolean aggregator = Draws.chance(r, 0.6);
                    account(m, aggregator ? personas.aggregatorHandle(r) : personas.humanHandle(r),
                            aggregator ? personas.aggregatorName(r) : personas.humanName(r), timeBetween(r, start - 4 * YEAR, start - YEAR),
                            Math.round(Draws.logNormal(r, 400, 1.0)), Math.round(Draws.logNormal(r, 500, 0.7)),
                            Math.round(Draws.logNormal(r, 8_000, 0.8)), personas.location(r, 0.6), personas.aggregatorBio(r));
                    activity(m, 4, 0.3, office, 0.7);
                }
            }
            case HIJACK -> {
                // They pass for ordinary users: human handles, names and bios, about a year old.
                for (int m : unit.members()) {
                    account(m, personas.humanHandle(r), personas.humanName(r), timeBetween(r, start - 420 * DAY, start - 30 * DAY),
                            Math.round(Draws.logNormal(r, 90, 0.9)), Math.round(Draws.logNormal(r, 350, 0.7)),
                            Math.round(Draws.logNormal(r, 900, 0.9)), personas.location(r, 0.4), personas.humanBio(r, 0.3));
                    activity(m, 6, 0.4, office, 0.7);
                }
            }
            case SLEEPER -> {
                // Old, ordinary-looking accounts, nearly silent; their rare own posts keep Japanese hours.
                for (int m : unit.members()) {
                    account(m, personas.humanHandle(r), personas.humanName(r), timeBetween(r, Y2010, Y2017),
                            Math.round(Draws.logNormal(r, 250, 0.9)), Math.round(Draws.logNormal(r, 300, 0.8)),
                            Math.round(Draws.logNormal(r, 3_000, 0.8)), personas.location(r, 0.4), personas.humanBio(r, 0.3));
                    activity(m, 0.4, 0.5);
                }
            }
        }
    }

    private int[] castOrdinaryUsers() {
        int[] ordinary = new int[cast.size() - nextAccount];
        SplittableRandom r = people;
        for (int k = 0; k < ordinary.length; k++) {
            int i = nextAccount++;
            ordinary[k] = i;
            truth[i] = Truth.ORGANIC;
            double u = r.nextDouble();
            long made = u < 0.1 ? timeBetween(r, Y2007, Y2010) : u < 0.8 ? timeBetween(r, Y2010, Y2022) : timeBetween(r, Y2022, start - 14 * DAY);
            // Heavy-tailed activity: a sixth lurk, the rest are log-normal around five actions a week.
            double rate = Draws.chance(r, 0.15) ? Draws.logNormal(r, 0.5, 0.8) : Math.min(400, Draws.logNormal(r, 5, 1.2));
            double weeksAlive = (start - made) / (7.0 * DAY);
            account(i, personas.humanHandle(r), personas.humanName(r), made,
                    Math.min(2_000_000, Math.round(Draws.logNormal(r, 120, 1.6))), Math.min(7_500, Math.round(Draws.logNormal(r, 180, 1.0))),
                    Math.round(rate * weeksAlive * Draws.uniform(r, 0.3, 1.5)) + Draws.below(r, 50),
                    personas.location(r, 0.4), personas.humanBio(r, 0.35));
            double c = r.nextDouble();
            Rhythm chronotype = c < 0.7 ? Rhythm.Chronotype.TYPICAL : c < 0.9 ? Rhythm.Chronotype.NIGHT_OWL : Rhythm.Chronotype.EARLY_BIRD;
            activity(i, rate, Draws.uniform(r, 0.25, 0.65), chronotype, null, 0);
        }
        return ordinary;
    }

    private void account(int i, String handle, String name, long createdMillis, long followers, long following, long postCount,
                         String location, String description) {
        long created = createdMillis - Math.floorMod(createdMillis, 1000L);
        AccountId id = new AccountId(Long.toString(accountId(created)));
        cast.ids[i] = id;
        cast.usernames[i] = handle;
        cast.followers[i] = followers;
        accounts[i] = new Account(Platform.X, id, handle, Instant.ofEpochMilli(created), followers, following, postCount,
                location, description);
        displayNames[i] = name;
    }

    private void activity(int i, double weeklyRate, double repostShare) {
        activity(i, weeklyRate, repostShare, Rhythm.Chronotype.TYPICAL, null, 0);
    }

    private void activity(int i, double weeklyRate, double repostShare, Rhythm office, double officeShare) {
        activity(i, weeklyRate, repostShare, Rhythm.Chronotype.TYPICAL, office, officeShare);
    }

    private void activity(int i, double weeklyRate, double repostShare, Rhythm rhythm, Rhythm office, double officeShare) {
        cast.weeklyRate[i] = weeklyRate;
        cast.repostShare[i] = repostShare;
        cast.rhythm[i] = rhythm;
        cast.officeRhythm[i] = office;
        cast.officeShare[i] = officeShare;
    }

    /**
     * X user ids: sequential numbers for accounts made before 2014 (about 2.3 billion by then),
     * Snowflake ids from the creation time after, so a farm made in one sitting has neighbouring ids.
     */
    private long accountId(long created) {
        while (true) {
            long id;
            if (created < Y2014) {
                double f = (created - Y2007) / (double) (Y2014 - Y2007);
                id = 5_000_000L + (long) (Math.max(0, f) * 2_300_000_000L) + Draws.below(people, 200_000);
            } else {
                id = Snowflakes.id(created, Draws.below(people, Snowflakes.workerCount()), Draws.below(people, 4096));
            }
            if (accountIds.add(id)) {
                return id;
            }
        }
    }

    /** A uniform instant in [from, to), with {@code to} capped a day before the collection starts. */
    private long timeBetween(SplittableRandom r, long from, long to) {
        long hi = Math.min(to, start - DAY);
        long lo = Math.min(from, hi - DAY);
        return lo + (long) (r.nextDouble() * (hi - lo));
    }

    // ---- crowd events ----------------------------------------------------------------------

    /** Plans the benign events; returns the id of the hashtag trend (which hijackers need). */
    private GroupId planCrowdEvents(Media media, int[] ordinary, List<Script> scripts, List<CrowdEvent> events) {
        int[] pool = ordinary.clone();
        Draws.shuffle(plans, pool);
        CrowdPool crowds = new CrowdPool(pool);
        events.add(planEarthquake(media, crowds, scripts));
        events.add(planFanStorm(media, crowds, scripts));
        events.addAll(planShareButtons(media, crowds, scripts));
        CrowdEvent trend = planTrend(media, crowds, scripts);
        events.add(trend);
        return trend.id();
    }

    /** Ordinary users not yet in a crowd event, in random order: events take disjoint slices. */
    private final class CrowdPool {
        private final int[] pool;
        private int taken;

        CrowdPool(int[] pool) {
            this.pool = pool;
        }

        /** The next {@code share} of all accounts (at least 10), labelled benign members of {@code group}. */
        int[] take(double share, GroupId group) {
            int count = (int) Math.max(10, Math.round(share * parameters.accounts()));
            int[] members = Arrays.copyOfRange(pool, taken, taken + count);
            taken += count;
            for (int i : members) {
                truth[i] = Truth.benign(group);
            }
            return members;
        }
    }

    private CrowdEvent planEarthquake(Media media, CrowdPool crowds, List<Script> scripts) {
        GroupId id = GroupId.of("quake", 1);
        int[] members = crowds.take(QUAKE_SHARE, id);
        long span = end - start;
        long at = timeInJapaneseHours(start + span * 3 / 10, start + span * 6 / 10, 7, 23);
        String epicentre = Draws.pick(plans, new String[] {"千葉県北西部", "茨城県南部", "東京湾", "埼玉県南部", "神奈川県東部"});
        int intensity = 4;
        int broadcaster = media.publishers()[Publisher.NHK.ordinal()];
        scripts.add(new EarthquakeScript(at, media.agency(), broadcaster, members, epicentre, intensity, seeds.nextLong()));
        return new CrowdEvent(id, new CrowdKind.Earthquake(epicentre, intensity, cast.ids[media.agency()], cast.ids[broadcaster],
                Duration.ofMillis(EarthquakeScript.MEDIAN_POST_DELAY)), Instant.ofEpochMilli(at), ids(members));
    }

    private CrowdEvent planFanStorm(Media media, CrowdPool crowds, List<Script> scripts) {
        GroupId id = GroupId.of("fanstorm", 1);
        int[] fans = crowds.take(FAN_SHARE, id);
        long[][] storms = fanStorms();
        double repostProbability = 0.75;
        scripts.add(new FanStormScript(media.celebrity(), fans, storms[0], Arrays.stream(storms[1]).mapToInt(k -> (int) k).toArray(),
                repostProbability, seeds.nextLong()));
        return new CrowdEvent(id, new CrowdKind.FanStorm(cast.ids[media.celebrity()], storms[0].length, repostProbability,
                Duration.ofMillis(FanStormScript.MEDIAN_REPOST_DELAY)), Instant.ofEpochMilli(storms[0][0]), ids(fans));
    }

    /** Two articles shared with share buttons: a Yahoo!ニュース story in a morning, an NHK one on an evening. */
    private List<CrowdEvent> planShareButtons(Media media, CrowdPool crowds, List<Script> scripts) {
        String[] headlines = {"参院選 期日前投票者数、前回同期比で増加 総務省まとめ", "物価高対策めぐり各党が論戦 参院選 最終盤"};
        // What each site's share button appends to the headline.
        String[] buttonSuffixes = {"（時事通信） - Yahoo!ニュース", " | NHK | 参議院選挙"};
        Publisher[] publishers = {Publisher.YAHOO, Publisher.NHK};
        long span = end - start;
        long[] published = {
            timeInJapaneseHours(start + span * 15 / 100, start + span * 35 / 100, 7, 9),
            timeInJapaneseHours(start + span * 55 / 100, start + span * 75 / 100, 18, 21)};
        double[] shares = {HEADLINE_SHARES * 0.6, HEADLINE_SHARES * 0.4};
        List<CrowdEvent> events = new ArrayList<>();
        for (int h = 0; h < headlines.length; h++) {
            GroupId id = GroupId.of("headline", h + 1);
            int[] sharers = crowds.take(shares[h], id);
            String url = publishers[h].articleUrl(published[h], plans);
            String shareText = headlines[h] + buttonSuffixes[h];
            scripts.add(new ShareButtonScript(published[h], publishers[h], media.publishers()[publishers[h].ordinal()],
                    headlines[h], shareText, url, sharers, seeds.nextLong()));
            events.add(new CrowdEvent(id, new CrowdKind.ShareButtonHeadline(shareText, url,
                    Duration.ofMillis(ShareButtonScript.MEDIAN_SHARE_DELAY)), Instant.ofEpochMilli(published[h]), ids(sharers)));
        }
        return events;
    }

    /** The get-out-the-vote trend over the last day and a half, anchored by the election office's reminders. */
    private CrowdEvent planTrend(Media media, CrowdPool crowds, List<Script> scripts) {
        GroupId id = GroupId.of("gotv", 1);
        int[] voters = crowds.take(TREND_SHARE, id);
        long trendFrom = trendStart();
        long lastMidnight = japaneseMidnight(end - 1);
        LocalDate electionDay = LocalDate.ofInstant(Instant.ofEpochMilli(end - 1), JST);
        String date = electionDay.getMonthValue() + "月" + electionDay.getDayOfMonth() + "日";
        long[] anchorTimes = {trendFrom + HOUR, lastMidnight + 7 * HOUR, lastMidnight + 19 * HOUR};
        String[] anchorTexts = {
            "【" + date + "は投票日】参議院議員通常選挙の投票時間は午前7時から午後8時までです。期日前投票もご利用ください。#" + TREND_TAG,
            "投票所が開きました。本日午後8時まで投票できます。#" + TREND_TAG + " #参院選2025",
            "投票終了まであと1時間です。まだの方はお近くの投票所へ。#" + TREND_TAG};
        // In a short collection the reminders can fall outside the trend or coincide: keep the valid ones in time order.
        List<Long> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Integer[] order = {0, 1, 2};
        Arrays.sort(order, Comparator.comparingLong(k -> anchorTimes[k]));
        for (int k : order) {
            if (anchorTimes[k] >= trendFrom && anchorTimes[k] < end && !times.contains(anchorTimes[k])) {
                times.add(anchorTimes[k]);
                texts.add(anchorTexts[k]);
            }
        }
        scripts.add(new HashtagTrendScript(id, trendFrom, end, media.electionOffice(),
                times.stream().mapToLong(Long::longValue).toArray(), texts, voters, seeds.nextLong()));
        return new CrowdEvent(id, new CrowdKind.HashtagTrend(TREND_TAG, Instant.ofEpochMilli(end), cast.ids[media.electionOffice()]),
                Instant.ofEpochMilli(trendFrom), ids(voters));
    }

    /** The trend runs for the last 36 hours, or the last 40 % of a shorter collection. */
    private long trendStart() {
        return end - Math.min(36 * HOUR, (end - start) * 4 / 10);
    }

    /**
     * The celebrity's storm posts: two on evenings (19–23 JST) of different days, and her "I voted"
     * post on the morning of the last day; returns {times, post kinds}.
     */
    private long[][] fanStorms() {
        List<Long> midnights = new ArrayList<>();
        for (long m = japaneseMidnight(start); m < end; m += DAY) {
            midnights.add(m);
        }
        List<Long> evenings = new ArrayList<>();
        for (int d = 0; d < midnights.size() - 1; d++) {
            long t = midnights.get(d) + 19 * HOUR + Draws.below(plans, (int) (4 * HOUR));
            if (t >= start && t < end) {
                evenings.add(t);
            }
        }
        List<long[]> storms = new ArrayList<>();
        for (int k = 0; k < 2 && !evenings.isEmpty(); k++) {
            storms.add(new long[] {evenings.remove(Draws.below(plans, evenings.size())), 0});
        }
        storms.sort(Comparator.comparingLong(s -> s[0]));
        for (int k = 0; k < storms.size(); k++) {
            storms.get(k)[1] = k;
        }
        long vote = midnights.get(midnights.size() - 1) + 10 * HOUR + Draws.below(plans, (int) (2 * HOUR));
        if (vote >= start && vote < end) {
            storms.add(new long[] {vote, 3});
        }
        if (storms.isEmpty()) {
            storms.add(new long[] {start + (long) (plans.nextDouble() * (end - start)), 0});
        }
        long[][] out = new long[2][storms.size()];
        for (int k = 0; k < storms.size(); k++) {
            out[0][k] = storms.get(k)[0];
            out[1][k] = storms.get(k)[1];
        }
        return out;
    }

    // ---- campaigns -------------------------------------------------------------------------

    private List<Campaign> planCampaigns(List<Unit> units, GroupId trend, List<Script> scripts) {
        List<Campaign> campaigns = new ArrayList<>();
        List<Unit> farms = units.stream().filter(u -> u.kind() == UnitKind.AMPLIFIER).toList();
        long[][] farmBursts = new long[farms.size()][];
        List<List<List<Integer>>> joins = new ArrayList<>();
        for (int f = 0; f < farms.size(); f++) {
            farmBursts[f] = bursts(farms.get(f).schedule(), FARM_BURSTS_PER_DAY, start, end);
            List<List<Integer>> perBurst = new ArrayList<>();
            for (int b = 0; b < farmBursts[f].length; b++) {
                perBurst.add(new ArrayList<>());
            }
            joins.add(perBurst);
        }
        // Sleepers first decide which of their host farm's bursts they join.
        int sleeperCell = 0;
        for (Unit unit : units) {
            if (unit.kind() != UnitKind.SLEEPER) {
                continue;
            }
            int host = sleeperCell++ % farms.size();
            int available = farmBursts[host].length;
            for (int m : unit.members()) {
                int[] order = new int[available];
                for (int b = 0; b < available; b++) {
                    order[b] = b;
                }
                Draws.shuffle(plans, order);
                int count = Math.min(available, Draws.between(plans, SLEEPER_MIN_BURSTS, SLEEPER_MAX_BURSTS));
                for (int k = 0; k < count; k++) {
                    joins.get(host).get(order[k]).add(m);
                }
            }
            campaigns.add(new Campaign(unit.id(), new CampaignKind.SleeperCell(farms.get(host).id(), SLEEPER_MIN_BURSTS, SLEEPER_MAX_BURSTS),
                    unit.schedule(), ids(unit.members())));
        }
        long trendFrom = trendStart();
        int farm = 0;
        for (Unit unit : units) {
            int[] members = unit.members();
            switch (unit.kind()) {
                case AMPLIFIER -> {
                    long[] bursts = farmBursts[farm];
                    int[][] sleepers = joins.get(farm).stream()
                            .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
                    farm++;
                    scripts.add(new AmplifierScript(members[0], Arrays.copyOfRange(members, 1, members.length), bursts, sleepers,
                            FARM_PARTICIPATION, FARM_MIN_DELAY.toMillis(), FARM_MAX_DELAY.toMillis(), seeds.nextLong()));
                    campaigns.add(new Campaign(unit.id(), new CampaignKind.AmplifierFarm(cast.ids[members[0]], bursts.length,
                            FARM_MIN_DELAY, FARM_MAX_DELAY, FARM_PARTICIPATION), unit.schedule(), ids(members)));
                }
                case COPY_PASTA -> {
                    long[] waves = bursts(unit.schedule(), COPY_PASTA_WAVES_PER_DAY, start, end);
                    int messages = Phrasebook.JAPANESE.copyPastaMessageCount();
                    int first = Draws.below(plans, messages);
                    int[] message = new int[waves.length];
                    for (int k = 0; k < waves.length; k++) {
                        message[k] = (first + k) % messages;
                    }
                    scripts.add(new CopyPastaScript(members, waves, message, COPY_PASTA_PARTICIPATION, COPY_PASTA_SPREAD.toMillis(),
                            seeds.nextLong()));
                    campaigns.add(new Campaign(unit.id(), new CampaignKind.CopyPasta(waves.length, COPY_PASTA_PARTICIPATION,
                            COPY_PASTA_SPREAD), unit.schedule(), ids(members)));
                }
                case LAUNDERING -> {
                    long[] bursts = bursts(unit.schedule(), LAUNDERING_BURSTS_PER_DAY, start, end);
                    String[] domains = new String[bursts.length];
                    for (int k = 0; k < bursts.length; k++) {
                        domains[k] = Draws.pick(plans, StateMedia.DOMAINS);
                    }
                    scripts.add(new LaunderingScript(members, bursts, domains, LAUNDERING_SHORTENED,
                            "jpvote" + unit.id().number(), seeds.nextLong()));
                    campaigns.add(new Campaign(unit.id(), new CampaignKind.LinkLaundering(StateMedia.DOMAINS, bursts.length,
                            LAUNDERING_SHORTENED), unit.schedule(), ids(members)));
                }
                case HIJACK -> {
                    long[] bursts = bursts(unit.schedule(), HIJACK_BURSTS_PER_DAY, trendFrom, end);
                    scripts.add(new HijackScript(trend, members, bursts, HIJACK_REPLY_SHARE, seeds.nextLong()));
                    campaigns.add(new Campaign(unit.id(), new CampaignKind.HashtagHijack(TREND_TAG, trend, bursts.length,
                            HIJACK_REPLY_SHARE), unit.schedule(), ids(members)));
                }
                case SLEEPER -> {
                    // Planned above, with their host farm.
                }
            }
        }
        campaigns.sort(Comparator.comparing(Campaign::id));
        return campaigns;
    }

    /**
     * Burst times in [from, to) while the operators work, drawn in proportion to their activity:
     * {@code perDay} bursts per full working day, in proportion to how much working time the
     * period holds (at least one when it holds any).
     */
    private long[] bursts(OperatorSchedule schedule, double perDay, long from, long to) {
        double working = workingHours(schedule, from, to);
        if (working <= 0) {
            return new long[0];
        }
        int days = switch (schedule) {
            case OperatorSchedule.OfficeHours o -> o.workdays().size();
            case OperatorSchedule.LocalRhythm l -> 7;
        };
        long monday = 4 * DAY; // 1970-01-05, a Monday: any whole week serves
        double perWorkingDay = workingHours(schedule, monday, monday + 7 * DAY) / days;
        int n = (int) Math.max(1, Math.round(perDay * working / perWorkingDay));
        long[] times = new long[n];
        for (int k = 0; k < n; k++) {
            while (true) {
                long t = from + (long) (plans.nextDouble() * (to - from));
                if (plans.nextDouble() * schedule.maxActivity() < schedule.activity(Instant.ofEpochMilli(t))) {
                    times[k] = t;
                    break;
                }
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** Working time in [from, to), in hours at full activity. */
    private static double workingHours(OperatorSchedule schedule, long from, long to) {
        double sum = 0;
        for (long h = from; h < to; h += HOUR) {
            double part = Math.min(HOUR, to - h) / (double) HOUR;
            sum += part * schedule.activity(Instant.ofEpochMilli(h + Math.min(HOUR, to - h) / 2)) / schedule.maxActivity();
        }
        return sum;
    }

    /** A time in [from, to) whose Japanese hour is in [fromHour, toHour); any time in [from, to) if none is. */
    private long timeInJapaneseHours(long from, long to, int fromHour, int toHour) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            long t = from + (long) (plans.nextDouble() * (to - from));
            int hour = DailyRhythm.localHour(t, JST.getTotalSeconds());
            if (hour >= fromHour && hour < toHour) {
                return t;
            }
        }
        return from + (long) (plans.nextDouble() * (to - from));
    }

    /** Japanese midnight at or before {@code epochMillis}. */
    private static long japaneseMidnight(long epochMillis) {
        long offset = JST.getTotalSeconds() * 1000L;
        return Math.floorDiv(epochMillis + offset, DAY) * DAY - offset;
    }

    private List<AccountId> ids(int[] members) {
        List<AccountId> out = new ArrayList<>(members.length);
        for (int m : members) {
            out.add(cast.ids[m]);
        }
        return out;
    }
}
