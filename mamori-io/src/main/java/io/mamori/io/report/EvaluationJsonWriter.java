package io.mamori.io.report;

import io.mamori.core.evaluation.RiskRanking;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mamori.core.evaluation.Evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/** Writes an {@link Evaluation} as one JSON object, for scripts ({@code mamori evaluate --json}). */
public final class EvaluationJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private EvaluationJsonWriter() {
    }

    /** The evaluation as a one-line JSON object. */
    public static String toJson(Evaluation e) {
        return toJson(e, null, null);
    }

    /**
     * The evaluation and, unless null, the risk ranking ({@code risk}) and the campaign groups'
     * time zones ({@code timeZones}) as a one-line JSON object.
     */
    public static String toJson(Evaluation e, RiskRanking ranking, RiskRanking.TimeZonesRight timeZones) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("campaignAccounts", e.campaignAccounts());
            g.writeNumberField("flagged", e.flagged());
            g.writeNumberField("truePositives", e.truePositives());
            g.writeNumberField("flaggedBenign", e.flaggedBenign());
            g.writeNumberField("flaggedOrganic", e.flaggedOrganic());
            g.writeNumberField("unknownFlagged", e.unknownFlagged());
            g.writeNumberField("precision", e.precision());
            g.writeNumberField("recall", e.recall());
            g.writeNumberField("f1", e.f1());
            outcomes(g, "campaignKinds", e.campaignKinds());
            outcomes(g, "crowds", e.crowds());
            if (ranking != null) {
                ranking(g, ranking);
            }
            if (timeZones != null) {
                g.writeObjectFieldStart("timeZones");
                g.writeNumberField("campaignGroups", timeZones.judged());
                g.writeNumberField("right", timeZones.right());
                g.writeNumberField("rightOwn", timeZones.rightOwn());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    private static void ranking(JsonGenerator g, RiskRanking r) throws IOException {
        g.writeObjectFieldStart("risk");
        if (Double.isNaN(r.margin())) {
            g.writeNullField("margin");
        } else {
            g.writeNumberField("margin", r.margin());
        }
        g.writeNumberField("orderedPairs", r.orderedPairs());
        g.writeNumberField("otherGroups", r.otherGroups());
        rankedGroups(g, "campaignGroups", r.campaignGroups());
        rankedGroups(g, "crowdGroups", r.crowdGroups());
        g.writeEndObject();
    }

    private static void rankedGroups(JsonGenerator g, String field, List<RiskRanking.RankedGroup> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (RiskRanking.RankedGroup x : list) {
            g.writeStartObject();
            g.writeStringField("id", x.id());
            g.writeNumberField("risk", x.risk());
            g.writeNumberField("members", x.members());
            g.writeStringField("majority", x.majority());
            g.writeStringField("kind", x.kind());
            nullableInt(g, "utcOffsetMinutes", x.utcOffsetMinutes());
            nullableInt(g, "ownUtcOffsetMinutes", x.ownUtcOffsetMinutes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nullableInt(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void outcomes(JsonGenerator g, String field, List<Evaluation.Outcome> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Evaluation.Outcome o : list) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            g.writeStringField("kind", o.kind());
            g.writeNumberField("accounts", o.accounts());
            g.writeNumberField("flagged", o.flagged());
            g.writeNumberField("share", o.share());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
