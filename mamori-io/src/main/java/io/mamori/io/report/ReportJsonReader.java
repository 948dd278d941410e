package io.mamori.io.report;

import io.mamori.core.evaluation.RiskRanking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.narrative.Narrative;
import io.mamori.core.signals.ActivityPattern;
import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.TimeZoneEstimate;
import io.mamori.io.input.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what other tools need back from a {@code report.json}: its flagged accounts and its
 * narratives. Any minor version of {@link AnalysisReport#FORMAT_VERSION} is read; fields a minor
 * version added are empty when an older report lacks them.
 */
public final class ReportJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJsonReader() {
    }

    /**
     * Reads and checks the report's format and version.
     *
     * @throws InputException when the file is not a Mamori report this program understands
     */
    public static JsonNode read(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            throw new InputException(report + ": no such report file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(report.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(report + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !"mamori-report".equals(root.path("format").asText())) {
            throw new InputException(report + ": field 'format': not a Mamori report");
        }
        int version = root.path("version").asInt(-1);
        if (version != AnalysisReport.FORMAT_VERSION) {
            throw new InputException(report + ": field 'version': " + version + " is not supported (this program reads "
                    + AnalysisReport.FORMAT_VERSION + ")");
        }
        return root;
    }

    /** The ids of the report's flagged accounts ({@code accounts[].id}). */
    public static Set<String> flaggedAccountIds(JsonNode report) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode a : report.path("accounts")) {
            out.add(a.path("id").asText());
        }
        return out;
    }

    /**
     * Each candidate group's id, {@code risk.score} (version 1.3) and member ids. A group without
     * {@code risk} is an error naming the group: the report predates campaign risk.
     */
    public static List<RiskRanking.GroupInReport> groupRisks(JsonNode report) {
        List<RiskRanking.GroupInReport> out = new ArrayList<>();
        for (JsonNode g : report.path("groups")) {
            String id = g.path("id").asText();
            JsonNode score = g.path("risk").path("score");
            if (!score.isNumber()) {
                throw new IllegalArgumentException("group " + id + ": no number at risk.score (a report of version "
                        + report.path("version").asText() + "." + report.path("minorVersion").asText()
                        + "; campaign risk arrived in 1.3: analyse again)");
            }
            List<String> members = new ArrayList<>();
            for (JsonNode a : g.path("accounts")) {
                members.add(a.path("id").asText());
            }
            JsonNode own = g.path("timezone").path("utcOffsetMinutes");
            JsonNode inferred = g.path("timezone").path("inferred");
            // Before 1.5 a group's stated time zone is its own.
            JsonNode stated = inferred.isObject() ? inferred.path("utcOffsetMinutes") : own;
            out.add(new RiskRanking.GroupInReport(id, score.asDouble(), members, stated.isInt() ? stated.asInt() : null,
                    own.isInt() ? own.asInt() : null));
        }
        return out;
    }

    /** The report's narratives ({@code narratives[]}, version 1.1); empty when it has none. */
    public static List<ReportNarrative> narratives(JsonNode report) {
        List<ReportNarrative> out = new ArrayList<>();
        for (JsonNode n : report.path("narratives")) {
            List<Narrative.KeyTerm> terms = new ArrayList<>();
            for (JsonNode t : n.path("keyTerms")) {
                terms.add(new Narrative.KeyTerm(t.path("term").asText(), t.path("texts").asInt(), t.path("score").asDouble()));
            }
            List<Narrative.GroupShare> groups = new ArrayList<>();
            for (JsonNode g : n.path("groups")) {
                groups.add(new Narrative.GroupShare(g.path("id").asText(), g.path("flagged").asBoolean(),
                        g.path("posts").asInt(), g.path("accounts").asInt()));
            }
            List<ReportNarrative.Account> accounts = new ArrayList<>();
            for (JsonNode a : n.path("topAccounts")) {
                accounts.add(new ReportNarrative.Account(a.path("id").asText(), text(a.path("username")),
                        a.path("posts").asInt(), text(a.path("group")), a.path("flagged").asBoolean()));
            }
            JsonNode v = n.path("volume");
            List<Integer> counts = new ArrayList<>();
            v.path("counts").forEach(c -> counts.add(c.asInt()));
            List<Integer> flaggedCounts = new ArrayList<>();
            v.path("flaggedCounts").forEach(c -> flaggedCounts.add(c.asInt()));
            List<ExamplePost> examples = new ArrayList<>();
            for (JsonNode e : n.path("examplePosts")) {
                examples.add(new ExamplePost(e.path("id").asText(), e.path("accountId").asText(), text(e.path("username")),
                        Instant.parse(e.path("time").asText()), e.path("kind").asText(), e.path("text").asText()));
            }
            out.add(new ReportNarrative(n.path("id").asText(), n.path("representativeText").asText(),
                    n.path("texts").asInt(), n.path("posts").asInt(), n.path("accounts").asInt(),
                    n.path("flaggedPosts").asInt(), n.path("flaggedAccounts").asInt(), n.path("flaggedShare").asDouble(),
                    Instant.parse(n.path("firstSeen").asText()), Instant.parse(n.path("lastSeen").asText()), terms,
                    groups, n.path("groupCount").asInt(), accounts,
                    new Narrative.Volume(Instant.parse(v.path("start").asText()), v.path("bucketSeconds").asLong(),
                            counts, flaggedCounts), examples));
        }
        return out;
    }

    /**
     * The report's signals (version 1.2); null for an older report, which has none.
     */
    public static SignalsInReport signals(JsonNode report) {
        JsonNode s = report.path("parameters").path("signals");
        if (s.isMissingNode()) {
            return null;
        }
        JsonNode d = s.path("domainLists");
        List<ReportSignals.ListInfo> lists = new ArrayList<>();
        for (JsonNode l : d.path("lists")) {
            lists.add(new ReportSignals.ListInfo(l.path("name").asText(), l.path("version").asText(),
                    l.path("entries").asInt(), l.path("badRows").asInt(), l.path("origin").asText()));
        }
        JsonNode tz = s.path("timeZone");
        JsonNode lr = s.path("linkReason");
        SignalsInReport.Parameters parameters = new SignalsInReport.Parameters(d.path("bundleVersion").asText(), lists,
                d.path("listedDomains").asInt(), d.path("overridden").asInt(), tz.path("audienceUtcOffsetMinutes").asInt(),
                tz.path("minDistanceMinutes").asInt(), tz.path("minConfidence").asDouble(), tz.path("minActiveSlots").asInt(),
                tz.path("evidenceSlots").asDouble(), lr.path("minShare").asDouble(), lr.path("minListedPosts").asInt(),
                operationParameters(tz.path("operation")));
        Map<String, SignalsInReport.Profile> groups = new LinkedHashMap<>();
        for (JsonNode g : report.path("groups")) {
            groups.put(g.path("id").asText(), profile(g));
        }
        Map<String, SignalsInReport.Profile> accounts = new LinkedHashMap<>();
        for (JsonNode a : report.path("accounts")) {
            accounts.put(a.path("id").asText(), profile(a));
        }
        return new SignalsInReport(parameters, groups, accounts);
    }

    private static SignalsInReport.OperationParameters operationParameters(JsonNode o) {
        return o.isObject() ? new SignalsInReport.OperationParameters(o.path("conclusiveConfidence").asDouble(),
                o.path("keptHoursShare").asDouble(), o.path("opensHour").asInt(), o.path("closesHour").asInt(),
                o.path("spillMinutes").asInt(), o.path("minCoActionSlots").asInt()) : null;
    }

    private static SignalsInReport.Profile profile(JsonNode node) {
        JsonNode t = node.path("timezone");
        JsonNode o = t.path("operation");
        JsonNode i = t.path("inferred");
        SignalsInReport.TimeZone tz = new SignalsInReport.TimeZone(
                offset(t), t.path("confidence").asDouble(), ActivityPattern.valueOf(t.path("pattern").asText()),
                t.path("foreign").asBoolean(), t.path("posts").asInt(), t.path("activeSlots").asInt(),
                t.has("officeHoursShare") ? t.path("officeHoursShare").asDouble() : null,
                t.has("weekendShare") ? t.path("weekendShare").asDouble() : null,
                fit(t.path("office")), fit(t.path("rhythm")),
                o.isObject() ? new SignalsInReport.Operation(o.path("id").asText(), o.path("units").asInt(), o.path("members").asInt(),
                        o.path("conclusiveUnits").asInt(), o.path("agreeingUnits").asInt(), offset(o), o.path("confidence").asDouble(),
                        ActivityPattern.valueOf(o.path("pattern").asText()), o.path("foreign").asBoolean()) : null,
                i.isObject() ? new SignalsInReport.Inferred(offset(i), i.path("confidence").asDouble(),
                        ActivityPattern.valueOf(i.path("pattern").asText()), i.path("foreign").asBoolean(), i.path("basis").asText(),
                        i.path("coActionSlots").asInt(), i.path("inOperationHours").isNumber()
                        ? i.path("inOperationHours").asDouble() : null) : null);
        JsonNode l = node.path("links");
        Map<DomainCategory, Long> byCategory = new EnumMap<>(DomainCategory.class);
        for (DomainCategory c : DomainCategory.values()) {
            byCategory.put(c, l.path("byCategory").path(c.name()).asLong());
        }
        List<SignalsInReport.Domain> top = new ArrayList<>();
        for (JsonNode e : l.path("top")) {
            top.add(new SignalsInReport.Domain(e.path("domain").asText(), DomainCategory.valueOf(e.path("category").asText()),
                    e.path("affiliation").asText(), e.path("source").asText(), e.path("sourceUrl").asText(),
                    e.path("list").asText(), e.path("posts").asLong()));
        }
        return new SignalsInReport.Profile(tz, new SignalsInReport.Links(l.path("linkPosts").asLong(),
                l.path("listedPosts").asLong(), l.path("share").asDouble(), byCategory, top, l.path("listedDomains").asInt()));
    }

    private static Integer offset(JsonNode timeZone) {
        return timeZone.path("utcOffsetMinutes").isNumber() ? timeZone.path("utcOffsetMinutes").asInt() : null;
    }

    private static TimeZoneEstimate.PatternFit fit(JsonNode f) {
        return f.isMissingNode() ? null : new TimeZoneEstimate.PatternFit(f.path("utcOffsetMinutes").asInt(),
                f.path("gainPerPost").asDouble(), f.path("noiseShare").asDouble(), f.path("allWeek").asBoolean());
    }

    private static String text(JsonNode nullable) {
        return nullable.isNull() || nullable.isMissingNode() ? null : nullable.asText();
    }
}
