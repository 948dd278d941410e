package io.mamori.io.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mamori.core.community.LeidenParameters;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PairEvidence;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.AccountFinding;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.groups.ScoreComponent;
import io.mamori.core.narrative.Narrative;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;
import io.mamori.core.signals.ActivityHistogram;
import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.ForeignTimeZoneRule;
import io.mamori.core.signals.InferredTimeZone;
import io.mamori.core.signals.LinkShare;
import io.mamori.core.signals.OperationTimeZone;
import io.mamori.core.signals.SignalProfile;
import io.mamori.core.signals.SignalReasons;
import io.mamori.core.signals.TimeZoneEstimate;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.io.input.RecordProblem;
import io.mamori.io.output.JsonStrings;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code report.json}, version {@value AnalysisReport#FORMAT_VERSION} of the contract in
 * {@code docs/report-format.md}. Fields come in a fixed order and numbers are rounded to a fixed
 * precision, so the same input and parameters give byte-identical reports. Streams with
 * Jackson's generator: a report of thousands of groups never sits in memory as a tree.
 */
public final class ReportJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportJsonWriter() {
    }

    /** Writes {@code report} to {@code out} (not closed). */
    public static void write(AnalysisReport report, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            GroupDetection d = report.detection();
            g.writeStartObject();
            g.writeStringField("format", "mamori-report");
            g.writeNumberField("version", AnalysisReport.FORMAT_VERSION);
            g.writeNumberField("minorVersion", AnalysisReport.FORMAT_MINOR_VERSION);
            g.writeStringField("tool", report.tool());
            parameters(g, d.parameters(), d.index().types(), report.narratives().parameters(), report.signals(), report.risk());
            input(g, report.input(), d.table());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("graphPairs", d.pairCount());
            g.writeNumberField("graphAccounts", d.graphAccounts());
            g.writeNumberField("candidateGroups", d.groups().size());
            g.writeNumberField("flaggedGroups", d.groups().stream().filter(CoordinatedGroup::flagged).count());
            g.writeNumberField("flaggedAccounts", d.accounts().size());
            g.writeEndObject();
            g.writeObjectFieldStart("edgeFiles");
            for (Map.Entry<String, String> e : new TreeMap<>(report.edgeFiles()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            Map<Integer, List<PictureEdge>> edges = groupEdges(d);
            g.writeArrayFieldStart("groups");
            for (int i = 0; i < d.groups().size(); i++) {
                group(g, report, i, i < AnalysisReport.DETAILED_GROUPS ? edges.get(i) : null);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("accounts");
            for (int i = 0; i < d.accounts().size(); i++) {
                AccountFinding f = d.accounts().get(i);
                SignalProfile signals = report.signals().accounts().get(i);
                g.writeStartObject();
                g.writeStringField("id", f.id());
                nullableString(g, "username", f.username());
                g.writeStringField("group", f.group());
                number(g, "score", f.score());
                g.writeArrayFieldStart("reasons");
                for (String r : f.reasons()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                timeZone(g, signals);
                links(g, signals.links(), AnalysisReport.DOMAINS_PER_ACCOUNT);
                RiskJson.account(g, report.risk().automation().get(f.account()), report.risk().features().get(f.account()));
                g.writeEndObject();
            }
            g.writeEndArray();
            narratives(g, report);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void parameters(JsonGenerator g, DetectionParameters p, List<CoActivityType> types,
                                   NarrativeParameters np, ReportSignals signals, CampaignRisk.Result risk)
            throws IOException {
        g.writeObjectFieldStart("parameters");
        g.writeArrayFieldStart("networks");
        for (CoActivityType t : types) {
            g.writeStartObject();
            g.writeStringField("type", t.cliName());
            number(g, "windowSeconds", p.windows().get(t));
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "episodeGapSeconds", p.episodeGapSeconds());
        g.writeNumberField("minPairEpisodes", p.minPairEpisodes());
        g.writeNumberField("minGroupSize", p.minGroupSize());
        g.writeNumberField("minMemberEvents", p.minMemberEvents());
        number(g, "flagThreshold", p.flagThreshold());
        LeidenParameters l = p.leiden();
        g.writeObjectFieldStart("leiden");
        g.writeStringField("quality", l.quality().name().toLowerCase(java.util.Locale.ROOT));
        number(g, "resolution", l.resolution());
        number(g, "randomness", l.randomness());
        g.writeNumberField("seed", l.seed());
        g.writeNumberField("maxIterations", l.maxIterations());
        g.writeEndObject();
        NearDuplicateParameters s = p.similarity();
        g.writeObjectFieldStart("similarity");
        number(g, "threshold", s.threshold());
        g.writeNumberField("shingleSize", s.shingleSize());
        g.writeNumberField("numHashes", s.numHashes());
        g.writeNumberField("seed", s.seed());
        g.writeNumberField("minLength", s.minLength());
        g.writeStringField("shingleKind", s.shingleKind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeObjectFieldStart("normalisation");
        g.writeBooleanField("removeUrls", s.normalisation().removeUrls());
        g.writeBooleanField("removeMentions", s.normalisation().removeMentions());
        g.writeBooleanField("removeEmoji", s.normalisation().removeEmoji());
        g.writeBooleanField("foldPunctuation", s.normalisation().foldPunctuation());
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("narratives");
        g.writeNumberField("minPosts", np.minPosts());
        g.writeNumberField("minAccounts", np.minAccounts());
        number(g, "pushedShare", np.pushedShare());
        g.writeNumberField("maxNarratives", np.maxNarratives());
        g.writeNumberField("keyTerms", np.keyTerms());
        g.writeNumberField("topAccounts", np.topAccounts());
        g.writeNumberField("groups", np.groups());
        g.writeNumberField("examples", np.examples());
        g.writeNumberField("textsPerNarrative", np.textsPerNarrative());
        g.writeNumberField("backgroundTexts", np.backgroundTexts());
        g.writeNumberField("maxBuckets", np.maxBuckets());
        g.writeEndObject();
        signalParameters(g, signals);
        RiskJson.parameters(g, risk);
        g.writeEndObject();
    }

    /** {@code parameters.signals} (docs/report-format.md, version 1.2). */
    private static void signalParameters(JsonGenerator g, ReportSignals s) throws IOException {
        g.writeObjectFieldStart("signals");
        g.writeObjectFieldStart("domainLists");
        g.writeStringField("bundleVersion", s.bundleVersion());
        g.writeArrayFieldStart("lists");
        for (ReportSignals.ListInfo l : s.lists()) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeStringField("version", l.version());
            g.writeNumberField("entries", l.entries());
            g.writeNumberField("badRows", l.badRows());
            g.writeStringField("origin", l.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("listedDomains", s.listedDomains());
        g.writeNumberField("overridden", s.overridden());
        g.writeEndObject();
        g.writeObjectFieldStart("timeZone");
        ForeignTimeZoneRule rule = s.foreignRule();
        number(g, "audienceUtcOffsetHours", rule.audienceOffsetMinutes() / 60.0);
        g.writeNumberField("audienceUtcOffsetMinutes", rule.audienceOffsetMinutes());
        g.writeNumberField("minDistanceMinutes", rule.minDistanceMinutes());
        number(g, "minConfidence", rule.minConfidence());
        g.writeNumberField("minActiveSlots", s.timeZones().minSlots());
        number(g, "evidenceSlots", s.timeZones().evidenceSlots());
        g.writeNumberField("slotSeconds", ActivityHistogram.SLOT_SECONDS);
        g.writeObjectFieldStart("operation");
        number(g, "conclusiveConfidence", InferredTimeZone.CONCLUSIVE_CONFIDENCE);
        number(g, "keptHoursShare", InferredTimeZone.KEPT_HOURS_SHARE);
        g.writeNumberField("opensHour", InferredTimeZone.OPENS_HOUR);
        g.writeNumberField("closesHour", InferredTimeZone.CLOSES_HOUR);
        g.writeNumberField("spillMinutes", InferredTimeZone.SPILL_MINUTES);
        g.writeNumberField("minCoActionSlots", InferredTimeZone.MIN_CO_ACTION_SLOTS);
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("linkReason");
        number(g, "minShare", SignalReasons.LINK_MIN_SHARE);
        g.writeNumberField("minListedPosts", SignalReasons.LINK_MIN_POSTS);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code timezone} of an account. */
    private static void timeZone(JsonGenerator g, SignalProfile p) throws IOException {
        g.writeObjectFieldStart("timezone");
        estimate(g, p.timeZone(), p.foreign());
        g.writeEndObject();
    }

    /**
     * {@code timezone} of a group: its own estimate with the fits, then (1.5) its operation's and
     * the one stated for it.
     */
    private static void timeZone(JsonGenerator g, SignalProfile p, OperationTimeZone operation, InferredTimeZone inferred)
            throws IOException {
        TimeZoneEstimate e = p.timeZone();
        g.writeObjectFieldStart("timezone");
        estimate(g, e, p.foreign());
        number(g, "officeHoursShare", e.officeHoursShare());
        number(g, "weekendShare", e.weekendShare());
        fit(g, "office", e.office(), true);
        fit(g, "rhythm", e.rhythm(), false);
        if (operation == null) {
            g.writeNullField("operation");
        } else {
            g.writeObjectFieldStart("operation");
            g.writeStringField("id", operation.operation());
            g.writeNumberField("units", operation.units());
            g.writeNumberField("members", operation.members());
            g.writeNumberField("conclusiveUnits", operation.conclusiveUnits());
            g.writeNumberField("agreeingUnits", operation.agreeingUnits());
            offset(g, operation.utcOffsetMinutes());
            number(g, "confidence", operation.confidence());
            g.writeStringField("pattern", operation.pattern().name());
            g.writeBooleanField("foreign", operation.foreign());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("inferred");
        offset(g, inferred.utcOffsetMinutes());
        number(g, "confidence", inferred.confidence());
        g.writeStringField("pattern", inferred.pattern().name());
        g.writeBooleanField("foreign", inferred.foreign());
        g.writeStringField("basis", inferred.basis().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("coActionSlots", inferred.coActionSlots());
        if (inferred.inOperationHours() == null) {
            g.writeNullField("inOperationHours");
        } else {
            number(g, "inOperationHours", inferred.inOperationHours());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code utcOffsetHours} and {@code utcOffsetMinutes}, both null without an offset. */
    private static void offset(JsonGenerator g, Integer minutes) throws IOException {
        if (minutes == null) {
            g.writeNullField("utcOffsetHours");
            g.writeNullField("utcOffsetMinutes");
        } else {
            number(g, "utcOffsetHours", minutes / 60.0);
            g.writeNumberField("utcOffsetMinutes", minutes);
        }
    }

    /** An estimate's offset (null unless claimed), confidence, pattern, foreign flag, posts and active slots. */
    private static void estimate(JsonGenerator g, TimeZoneEstimate e, boolean foreign) throws IOException {
        offset(g, e.pattern().claimsOffset() ? e.utcOffsetMinutes() : null);
        number(g, "confidence", e.confidence());
        g.writeStringField("pattern", e.pattern().name());
        g.writeBooleanField("foreign", foreign);
        g.writeNumberField("posts", e.posts());
        g.writeNumberField("activeSlots", e.activeSlots());
    }

    private static void fit(JsonGenerator g, String field, TimeZoneEstimate.PatternFit f, boolean office) throws IOException {
        g.writeObjectFieldStart(field);
        number(g, "utcOffsetHours", f.utcOffsetMinutes() / 60.0);
        g.writeNumberField("utcOffsetMinutes", f.utcOffsetMinutes());
        number(g, "gainPerPost", f.gainPerPost());
        number(g, "noiseShare", f.noiseShare());
        if (office) {
            g.writeBooleanField("allWeek", f.allWeek());
        }
        g.writeEndObject();
    }

    /** {@code links}: the share of link posts to listed domains, with the first {@code top} entries. */
    private static void links(JsonGenerator g, LinkShare s, int top) throws IOException {
        g.writeObjectFieldStart("links");
        g.writeNumberField("linkPosts", s.linkPosts());
        g.writeNumberField("listedPosts", s.listedPosts());
        number(g, "share", s.share());
        g.writeObjectFieldStart("byCategory");
        for (DomainCategory c : DomainCategory.values()) {
            g.writeNumberField(c.name(), s.byCategory().getOrDefault(c, 0L));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("top");
        for (int i = 0; i < Math.min(top, s.byEntry().size()); i++) {
            LinkShare.EntryPosts e = s.byEntry().get(i);
            g.writeStartObject();
            g.writeStringField("domain", e.entry().domain());
            g.writeStringField("category", e.entry().category().name());
            g.writeStringField("affiliation", e.entry().affiliation());
            g.writeStringField("source", e.entry().source());
            g.writeStringField("sourceUrl", e.entry().sourceUrl());
            g.writeStringField("list", e.entry().list());
            g.writeNumberField("posts", e.posts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("listedDomains", s.byEntry().size());
        g.writeEndObject();
    }

    /** {@code narrativeCount} and {@code narratives[]} (docs/report-format.md, version 1.1). */
    private static void narratives(JsonGenerator g, AnalysisReport report) throws IOException {
        Narratives all = report.narratives();
        g.writeNumberField("narrativeCount", all.total());
        g.writeArrayFieldStart("narratives");
        for (Narrative n : all.narratives()) {
            g.writeStartObject();
            g.writeStringField("id", n.id());
            g.writeFieldName("representativeText");
            JsonStrings.write(g, n.representativeText());
            g.writeNumberField("texts", n.texts());
            g.writeNumberField("posts", n.posts());
            g.writeNumberField("accounts", n.accounts());
            g.writeNumberField("flaggedPosts", n.flaggedPosts());
            g.writeNumberField("flaggedAccounts", n.flaggedAccounts());
            number(g, "flaggedShare", n.flaggedShare());
            g.writeStringField("firstSeen", n.firstSeen().toString());
            g.writeStringField("lastSeen", n.lastSeen().toString());
            g.writeArrayFieldStart("keyTerms");
            for (Narrative.KeyTerm t : n.keyTerms()) {
                g.writeStartObject();
                g.writeFieldName("term");
                JsonStrings.write(g, t.term());
                g.writeNumberField("texts", t.texts());
                number(g, "score", t.score());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (Narrative.GroupShare s : n.groups()) {
                g.writeStartObject();
                g.writeStringField("id", s.group());
                g.writeBooleanField("flagged", s.flagged());
                g.writeNumberField("posts", s.posts());
                g.writeNumberField("accounts", s.accounts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("groupCount", n.groupCount());
            g.writeArrayFieldStart("topAccounts");
            for (Narrative.AccountShare a : n.topAccounts()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                nullableString(g, "username", a.username());
                g.writeNumberField("posts", a.posts());
                nullableString(g, "group", a.group());
                g.writeBooleanField("flagged", a.flagged());
                g.writeEndObject();
            }
            g.writeEndArray();
            Narrative.Volume v = n.volume();
            g.writeObjectFieldStart("volume");
            g.writeStringField("start", v.start().toString());
            g.writeNumberField("bucketSeconds", v.bucketSeconds());
            intArray(g, "counts", v.counts());
            intArray(g, "flaggedCounts", v.flaggedCounts());
            g.writeEndObject();
            g.writeArrayFieldStart("examplePosts");
            for (int p : n.examplePosts()) {
                ExamplePost post = report.examplePosts().get(p);
                if (post != null) {
                    examplePost(g, post);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void intArray(JsonGenerator g, String field, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (int v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static void examplePost(JsonGenerator g, ExamplePost post) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", post.id());
        g.writeStringField("accountId", post.accountId());
        nullableString(g, "username", post.username());
        g.writeStringField("time", post.time().toString());
        g.writeStringField("kind", post.kind());
        g.writeFieldName("text");
        JsonStrings.write(g, post.text());
        g.writeEndObject();
    }

    private static void input(JsonGenerator g, InputSummary in, PostTable table) throws IOException {
        g.writeObjectFieldStart("input");
        g.writeArrayFieldStart("files");
        for (String f : in.files()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeNumberField("postsRead", in.postsRead());
        g.writeNumberField("accountsRead", in.accountsRead());
        g.writeNumberField("postsAnalysed", table.postCount());
        g.writeNumberField("accounts", table.accountCount());
        g.writeNumberField("duplicatePosts", in.duplicatePosts());
        g.writeNumberField("skippedRecords", in.skippedRecords());
        if (table.postCount() > 0) {
            g.writeStringField("firstPost", instant(table.time(0)));
            g.writeStringField("lastPost", instant(table.time(table.postCount() - 1)));
        }
        g.writeArrayFieldStart("problems");
        for (RecordProblem p : in.problems()) {
            g.writeStartObject();
            g.writeStringField("source", p.source());
            g.writeNumberField("line", p.line());
            g.writeStringField("field", p.field());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, AnalysisReport report, int index, List<PictureEdge> edges)
            throws IOException {
        GroupDetection d = report.detection();
        CoordinatedGroup group = d.groups().get(index);
        SignalProfile signals = report.signals().groups().get(index);
        PostTable table = d.table();
        GroupActivity a = group.activity();
        List<CoActivityType> types = d.index().types();
        g.writeStartObject();
        g.writeStringField("id", group.id());
        number(g, "score", group.score());
        g.writeBooleanField("flagged", group.flagged());
        g.writeNumberField("size", a.members().size());
        g.writeNumberField("flaggedAccounts", group.findings().size());
        if (group.operation() == null) {
            g.writeNullField("operation");
        } else {
            g.writeStringField("operation", group.operation());
        }
        int[] postsByType = new int[types.size()];
        for (GroupActivity.Member m : a.members()) {
            for (int t = 0; t < types.size(); t++) {
                postsByType[t] += m.postsByType().get(t);
            }
        }
        Integer[] order = new Integer[types.size()];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (x, y) -> postsByType[x] != postsByType[y] ? Integer.compare(postsByType[y], postsByType[x])
                : Integer.compare(x, y));
        g.writeArrayFieldStart("networkTypes");
        for (int t : order) {
            if (postsByType[t] > 0) {
                g.writeString(types.get(t).cliName());
            }
        }
        g.writeEndArray();
        g.writeObjectFieldStart("postsByType");
        for (int t : order) {
            if (postsByType[t] > 0) {
                g.writeNumberField(types.get(t).cliName(), postsByType[t]);
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("components");
        for (ScoreComponent c : group.components()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            number(g, "value", c.value());
            number(g, "weight", c.weight());
            g.writeStringField("explanation", c.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reasons");
        for (String r : group.reasons()) {
            g.writeString(r);
        }
        for (String r : SignalReasons.of(signals, report.signals().inferred().get(index), report.signals().operations().get(index),
                report.signals().foreignRule())) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("timeSpan");
        if (a.coActionPosts() > 0) {
            g.writeStringField("first", instant(a.firstTime()));
            g.writeStringField("last", instant(a.lastTime()));
        }
        g.writeEndObject();
        g.writeNumberField("events", a.events());
        g.writeNumberField("coActionPosts", a.coActionPosts());
        number(g, "medianDelaySeconds", a.medianDelay());
        number(g, "meanPairSurprisal", group.pairSurprisal());
        timeZone(g, signals, report.signals().operations().get(index), report.signals().inferred().get(index));
        links(g, signals.links(), AnalysisReport.DOMAINS_PER_GROUP);
        RiskJson.group(g, report.risk().groups().get(index), report.risk().risks().get(index));
        g.writeArrayFieldStart("sharedItems");
        for (int i = 0; i < Math.min(a.items().size(), AnalysisReport.ITEMS_PER_GROUP); i++) {
            GroupActivity.SharedItem item = a.items().get(i);
            g.writeStartObject();
            g.writeStringField("type", item.type().cliName());
            g.writeFieldName("item");
            JsonStrings.write(g, item.text());
            g.writeNumberField("members", item.members());
            g.writeNumberField("accounts", item.accounts());
            g.writeNumberField("posts", item.coActionPosts());
            number(g, "localShare", item.localShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("sharedItemCount", a.items().size());
        Map<Integer, AccountFinding> flagged = new HashMap<>();
        for (AccountFinding f : group.findings()) {
            flagged.put(f.account(), f);
        }
        g.writeArrayFieldStart("accounts");
        for (GroupActivity.Member m : a.members()) {
            AccountFinding f = flagged.get(m.account());
            g.writeStartObject();
            g.writeStringField("id", table.accountId(m.account()));
            nullableString(g, "username", table.username(m.account()));
            g.writeBooleanField("flagged", f != null);
            if (f != null) {
                number(g, "score", f.score());
            } else {
                g.writeNullField("score");
            }
            RiskJson.member(g, report.risk().automation().get(m.account()));
            g.writeObjectFieldStart("evidence");
            g.writeNumberField("events", m.events());
            g.writeNumberField("partners", m.partners());
            g.writeNumberField("coActionPosts", m.coActionPosts());
            g.writeObjectFieldStart("postsByType");
            for (int t = 0; t < types.size(); t++) {
                if (m.postsByType().get(t) > 0) {
                    g.writeNumberField(types.get(t).cliName(), m.postsByType().get(t));
                }
            }
            g.writeEndObject();
            number(g, "minDelaySeconds", m.minDelay());
            number(g, "maxDelaySeconds", m.maxDelay());
            number(g, "surprisal", m.surprisal());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (edges != null) {
            timeline(g, a);
            g.writeArrayFieldStart("edges");
            for (PictureEdge e : edges) {
                g.writeStartArray();
                g.writeNumber(e.i());
                g.writeNumber(e.j());
                g.writeNumber(round(e.weight()));
                g.writeNumber(e.episodes());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("examplePosts");
            for (int p : AnalysisReport.examples(group)) {
                ExamplePost post = report.examplePosts().get(p);
                if (post != null) {
                    examplePost(g, post);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Co-acting posts per time bucket; buckets are whole minutes, at most about 400 of them. */
    private static void timeline(JsonGenerator g, GroupActivity a) throws IOException {
        g.writeObjectFieldStart("timeline");
        List<Double> times = a.coActionTimes();
        if (!times.isEmpty()) {
            double first = times.get(0);
            double span = times.get(times.size() - 1) - first;
            long bucket = 60;
            for (long candidate : new long[] {60, 300, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400}) {
                bucket = candidate;
                if (span / candidate <= 400) {
                    break;
                }
            }
            long start = (long) Math.floor(first / bucket) * bucket;
            int n = (int) ((long) Math.floor(times.get(times.size() - 1) / bucket) * bucket - start) / (int) bucket + 1;
            int[] counts = new int[n];
            for (double t : times) {
                counts[(int) (((long) Math.floor(t / bucket) * bucket - start) / bucket)]++;
            }
            g.writeStringField("start", Instant.ofEpochSecond(start).toString());
            g.writeNumberField("bucketSeconds", bucket);
            g.writeArrayFieldStart("counts");
            for (int c : counts) {
                g.writeNumber(c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** An edge of a group's network picture: indices into the group's member list. */
    private record PictureEdge(int i, int j, double weight, int episodes) {
    }

    /** The heaviest pairs inside each detailed group. */
    private static Map<Integer, List<PictureEdge>> groupEdges(GroupDetection d) {
        int k = d.table().accountCount();
        int[] groupOf = new int[k];
        int[] local = new int[k];
        Arrays.fill(groupOf, -1);
        int detailed = Math.min(d.groups().size(), AnalysisReport.DETAILED_GROUPS);
        for (int gi = 0; gi < detailed; gi++) {
            List<GroupActivity.Member> members = d.groups().get(gi).activity().members();
            for (int i = 0; i < members.size(); i++) {
                groupOf[members.get(i).account()] = gi;
                local[members.get(i).account()] = i;
            }
        }
        Map<Integer, List<PictureEdge>> out = new HashMap<>();
        for (int gi = 0; gi < detailed; gi++) {
            out.put(gi, new ArrayList<>());
        }
        PairEvidence pairs = d.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            int gi = groupOf[pairs.a(i)];
            if (gi >= 0 && gi == groupOf[pairs.b(i)] && pairs.surprisal(i) > 0) {
                out.get(gi).add(new PictureEdge(local[pairs.a(i)], local[pairs.b(i)], pairs.surprisal(i), pairs.episodes(i)));
            }
        }
        for (List<PictureEdge> list : out.values()) {
            list.sort((x, y) -> {
                int c = Double.compare(y.weight(), x.weight());
                return c != 0 ? c : x.i() != y.i() ? Integer.compare(x.i(), y.i()) : Integer.compare(x.j(), y.j());
            });
            if (list.size() > AnalysisReport.EDGES_PER_GROUP) {
                list.subList(AnalysisReport.EDGES_PER_GROUP, list.size()).clear();
            }
        }
        return out;
    }

    static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, round(value));
        }
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static void nullableString(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static String instant(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).toString();
    }
}
