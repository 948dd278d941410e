package io.mamori.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mamori.core.automation.AutomationScore;
import io.mamori.core.automation.FeatureContribution;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.core.risk.GroupAutomation;
import io.mamori.core.risk.GroupRisk;
import io.mamori.core.risk.RiskComponent;
import io.mamori.core.signals.AccountFeatureSweep;
import io.mamori.core.signals.AccountFeatures;

import java.io.IOException;

/**
 * The 1.3 fields of {@code report.json}: automation and risk ({@code docs/report-format.md}).
 * Kept beside {@link ReportJsonWriter}, which calls it at fixed places, so field order and
 * rounding stay those of the writer.
 */
final class RiskJson {
    private RiskJson() {
    }

    /** {@code parameters.automation} and {@code parameters.risk}. */
    static void parameters(JsonGenerator g, CampaignRisk.Result r) throws IOException {
        g.writeObjectFieldStart("automation");
        g.writeStringField("scorer", r.scorer());
        ReportJsonWriter.number(g, "automatedAt", CampaignRisk.AUTOMATED);
        g.writeEndObject();
        g.writeObjectFieldStart("risk");
        g.writeObjectFieldStart("weights");
        ReportJsonWriter.number(g, "coordination", r.weights().coordination());
        ReportJsonWriter.number(g, "automation", r.weights().automation());
        ReportJsonWriter.number(g, "foreign", r.weights().foreign());
        ReportJsonWriter.number(g, "content", r.weights().content());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A group's {@code automation} and {@code risk}. */
    static void group(JsonGenerator g, GroupAutomation a, GroupRisk risk) throws IOException {
        g.writeObjectFieldStart("automation");
        g.writeNumberField("members", a.members());
        ReportJsonWriter.number(g, "meanScore", a.meanScore());
        g.writeNumberField("automated", a.automated());
        ReportJsonWriter.number(g, "automatedShare", a.automatedShare());
        AccountFeatureSweep.CreationDateClustering c = a.creation();
        g.writeObjectFieldStart("creationDates");
        g.writeNumberField("known", c.known());
        ReportJsonWriter.number(g, "windowDays", c.windowDays());
        g.writeNumberField("largestWindowCount", c.largestWindowCount());
        ReportJsonWriter.number(g, "largestWindowShare", c.largestWindowShare());
        ReportJsonWriter.number(g, "medianPairDistanceDays", c.medianPairDistanceDays());
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("risk");
        ReportJsonWriter.number(g, "score", risk.score());
        g.writeArrayFieldStart("components");
        for (RiskComponent c2 : risk.components()) {
            g.writeStartObject();
            g.writeStringField("name", c2.name());
            ReportJsonWriter.number(g, "weight", c2.weight());
            ReportJsonWriter.number(g, "value", c2.value());
            ReportJsonWriter.number(g, "contribution", c2.contribution());
            g.writeStringField("evidence", c2.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Contributions written per group member; the flagged accounts list carries more, with words. */
    static final int MEMBER_CONTRIBUTIONS = 3;

    /** A member's {@code automation}: its score and what moved it most, without the words. */
    static void member(JsonGenerator g, AutomationScore s) throws IOException {
        g.writeObjectFieldStart("automation");
        ReportJsonWriter.number(g, "score", s.score());
        g.writeArrayFieldStart("contributions");
        for (FeatureContribution c : s.contributions().subList(0, Math.min(MEMBER_CONTRIBUTIONS, s.contributions().size()))) {
            g.writeStartObject();
            g.writeStringField("feature", c.feature());
            ReportJsonWriter.number(g, "value", c.value());
            ReportJsonWriter.number(g, "contribution", c.contribution());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A flagged account's {@code automation} (with contributions) and {@code features}. */
    static void account(JsonGenerator g, AutomationScore s, AccountFeatures f) throws IOException {
        g.writeObjectFieldStart("automation");
        ReportJsonWriter.number(g, "score", s.score());
        ReportJsonWriter.number(g, "logOdds", s.logOdds());
        ReportJsonWriter.number(g, "intercept", s.intercept());
        g.writeArrayFieldStart("contributions");
        for (FeatureContribution c : s.contributions()) {
            g.writeStartObject();
            g.writeStringField("feature", c.feature());
            ReportJsonWriter.number(g, "value", c.value());
            ReportJsonWriter.number(g, "contribution", c.contribution());
            g.writeStringField("description", c.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("features");
        g.writeNumberField("posts", f.posts());
        ReportJsonWriter.number(g, "postsPerDay", f.postsPerDay());
        ReportJsonWriter.number(g, "gapCv", f.gapCv());
        ReportJsonWriter.number(g, "gapEntropy", f.gapEntropy());
        ReportJsonWriter.number(g, "burstiness", f.burstiness());
        ReportJsonWriter.number(g, "repostShare", f.repostShare());
        ReportJsonWriter.number(g, "replyShare", f.replyShare());
        ReportJsonWriter.number(g, "fastRepostShare", f.fastRepostShare());
        ReportJsonWriter.number(g, "nearDuplicateShare", f.nearDuplicateShare());
        ReportJsonWriter.number(g, "accountAgeDaysAtFirstPost", f.accountAgeDaysAtFirstPost());
        ReportJsonWriter.number(g, "followerRatio", f.followerRatio());
        if (f.usernameDigitSuffix() < 0) {
            g.writeNullField("usernameDigitSuffix");
        } else {
            g.writeNumberField("usernameDigitSuffix", f.usernameDigitSuffix());
        }
        ReportJsonWriter.number(g, "usernameRandomness", f.usernameRandomness());
        g.writeFieldName("hourHistogram");
        g.writeArray(f.hourHistogram(), 0, 24);
        g.writeFieldName("weekdayHistogram");
        g.writeArray(f.weekdayHistogram(), 0, 7);
        g.writeEndObject();
    }
}
