package io.mamori.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.automation.AutomationFeatureVector;
import io.mamori.core.automation.LinearAutomationModel;
import io.mamori.core.automation.ScoreQuality;
import org.tribuo.Model;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.protos.core.ModelProto;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The automation model's file: one JSON object holding the linear model core evaluates, where it
 * came from, how it did on held-out data, and the Tribuo model it was converted from (base64 of
 * Tribuo's protobuf), so that the conversion can be checked and the model reused with Tribuo.
 * Format in {@code docs/automation.md}, "Model file".
 *
 * <p>Writing is deterministic: the same contents give the same bytes (fixed field order, no dates,
 * shortest round-trip decimals, "\n" line ends). Reading checks every field and throws
 * {@link ModelFileException} naming the file and the field.
 */
public final class AutomationModelFile {
    /** The {@code format} field. */
    public static final String FORMAT = "mamori-automation-model";
    /** The {@code formatVersion} field: bump it when a field changes meaning or goes. */
    public static final int FORMAT_VERSION = 1;
    /** How far the stored Tribuo model may disagree with the linear weights (probability). */
    static final double TRIBUO_TOLERANCE = 1e-6;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RETRAIN = "train it again with mamori train";

    private AutomationModelFile() {
    }

    /**
     * Everything a model file holds.
     *
     * @param model    the model core evaluates
     * @param training what it was trained on, with {@code trainer} the trainer's settings in words
     * @param trainer  the trainer's settings in words
     * @param heldOut  its measures and the rules' on held-out data; null when none was held out
     * @param tribuo   the Tribuo model it was converted from, as Tribuo serialises it
     */
    public record Contents(LinearAutomationModel model, TrainingData training, String trainer, HeldOutEvaluation heldOut,
                           byte[] tribuo) {
        public Contents {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(training, "training");
            Objects.requireNonNull(trainer, "trainer");
            tribuo = tribuo.clone();
        }

        @Override
        public byte[] tribuo() {
            return tribuo.clone();
        }

        /** The Tribuo model, read back from its bytes. */
        public LinearSGDModel tribuoModel() {
            try {
                return (LinearSGDModel) Model.deserialize(ModelProto.parseFrom(tribuo));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("stored Tribuo model does not deserialise", e);
            }
        }

        /** The contents of a fresh training. */
        public static Contents of(AutomationTrainer.Trained trained, TrainingData training, HeldOutEvaluation heldOut) {
            return new Contents(trained.model(), training, trained.settings().describe(), heldOut,
                    trained.tribuo().serialize().toByteArray());
        }
    }

    /** Writes {@code contents} to {@code file}. */
    public static void write(Contents contents, Path file) throws IOException {
        Files.writeString(file, toJson(contents), StandardCharsets.UTF_8);
    }

    /** The file's text. */
    public static String toJson(Contents c) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
            LinearAutomationModel m = c.model();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("name", m.name());
            g.writeNumberField("version", m.version());
            g.writeNumberField("featureSchemaVersion", m.schemaVersion());
            g.writeArrayFieldStart("features");
            double[] mean = m.mean();
            double[] scale = m.scale();
            double[] weights = m.weights();
            for (int i = 0; i < m.features().size(); i++) {
                g.writeStartObject();
                g.writeStringField("name", m.features().get(i));
                g.writeNumberField("mean", mean[i]);
                g.writeNumberField("scale", scale[i]);
                g.writeNumberField("weight", weights[i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("intercept", m.intercept());
            g.writeObjectFieldStart("training");
            writeData(g, c.training());
            g.writeStringField("trainer", c.trainer());
            g.writeEndObject();
            if (c.heldOut() == null) {
                g.writeNullField("heldOut");
            } else {
                g.writeObjectFieldStart("heldOut");
                writeData(g, c.heldOut().data());
                g.writeFieldName("model");
                writeQuality(g, c.heldOut().model());
                g.writeFieldName("rules");
                writeQuality(g, c.heldOut().rules());
                g.writeEndObject();
            }
            g.writeStringField("tribuoModel", Base64.getEncoder().encodeToString(c.tribuo));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeData(JsonGenerator g, TrainingData d) throws IOException {
        g.writeStringField("source", d.source());
        g.writeArrayFieldStart("seeds");
        for (long s : d.seeds()) {
            g.writeNumber(s);
        }
        g.writeEndArray();
        g.writeNumberField("scenarioAccounts", d.scenarioAccounts());
        g.writeNumberField("hours", d.hours());
        g.writeStringField("truth", d.truth());
        g.writeArrayFieldStart("inputs");
        for (String s : d.inputs()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeNumberField("accounts", d.accounts());
        g.writeNumberField("positives", d.positives());
    }

    private static void writeQuality(JsonGenerator g, ScoreQuality q) throws IOException {
        g.writeStartObject();
        g.writeNumberField("positives", q.positives());
        g.writeNumberField("negatives", q.negatives());
        writeNumberOrNull(g, "rocAuc", q.rocAuc());
        writeNumberOrNull(g, "brier", q.brier());
        writeNumberOrNull(g, "ece", q.ece());
        g.writeArrayFieldStart("reliability");
        for (ScoreQuality.Bin b : q.reliability()) {
            g.writeStartObject();
            g.writeNumberField("from", b.from());
            g.writeNumberField("to", b.to());
            g.writeNumberField("accounts", b.accounts());
            writeNumberOrNull(g, "meanScore", b.meanScore());
            writeNumberOrNull(g, "positiveShare", b.positiveShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** JSON has no NaN: an undefined measure (an empty bin, AUC without both labels) is null. */
    private static void writeNumberOrNull(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    /** Reads and checks {@code file}. */
    public static Contents read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file + ": no such model file");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Reads and checks a model file's text; {@code source} names it in messages. */
    public static Contents parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(source + ": not a JSON model file (" + e.getOriginalMessage() + ")", e);
        }
        Reader r = new Reader(source);
        if (root == null || !root.isObject()) {
            throw new ModelFileException(source + ": not a JSON object, so not a Mamori model file");
        }
        String format = r.text(root, "format");
        if (!format.equals(FORMAT)) {
            throw r.fail("format", "is '" + format + "', expected '" + FORMAT + "': not a Mamori automation model");
        }
        int formatVersion = r.integer(root, "formatVersion");
        if (formatVersion != FORMAT_VERSION) {
            throw r.fail("formatVersion", "is " + formatVersion + "; this program reads version " + FORMAT_VERSION
                    + ": " + RETRAIN);
        }
        String name = r.text(root, "name");
        if (name.isBlank()) {
            throw r.fail("name", "is empty");
        }
        int version = r.integer(root, "version");
        if (version < 1) {
            throw r.fail("version", "must be 1 or more, is " + version);
        }
        int schema = r.integer(root, "featureSchemaVersion");
        if (schema != AutomationFeatureVector.SCHEMA_VERSION) {
            throw r.fail("featureSchemaVersion", "is " + schema + "; this program computes feature schema "
                    + AutomationFeatureVector.SCHEMA_VERSION + ": " + RETRAIN);
        }
        JsonNode features = r.array(root, "features");
        int d = AutomationFeatureVector.SIZE;
        List<String> names = new ArrayList<>();
        for (JsonNode f : features) {
            names.add(r.text(f, "features[" + names.size() + "].name", "name"));
        }
        if (!names.equals(AutomationFeatureVector.NAMES)) {
            throw r.fail("features", "names " + names + " are not this program's feature schema "
                    + AutomationFeatureVector.NAMES + ": " + RETRAIN);
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        double[] weights = new double[d];
        for (int i = 0; i < d; i++) {
            JsonNode f = features.get(i);
            String at = "features[" + i + "] (" + names.get(i) + ").";
            mean[i] = r.number(f, at + "mean", "mean");
            scale[i] = r.number(f, at + "scale", "scale");
            if (!(scale[i] > 0)) {
                throw r.fail(at + "scale", "must be > 0, is " + scale[i]);
            }
            weights[i] = r.number(f, at + "weight", "weight");
        }
        double intercept = r.number(root, "intercept", "intercept");
        LinearAutomationModel model = new LinearAutomationModel(name, version, schema, names, mean, scale, weights, intercept);

        JsonNode training = r.object(root, "training");
        TrainingData trainingData = r.data(training, "training.");
        String trainer = r.text(training, "training.trainer", "trainer");
        JsonNode held = root.get("heldOut");
        HeldOutEvaluation heldOut = null;
        if (held == null) {
            throw r.fail("heldOut", "missing (null when nothing was held out)");
        } else if (!held.isNull()) {
            if (!held.isObject()) {
                throw r.fail("heldOut", "must be an object or null");
            }
            heldOut = new HeldOutEvaluation(r.data(held, "heldOut."), r.quality(r.object(held, "heldOut.model", "model"), "heldOut.model."),
                    r.quality(r.object(held, "heldOut.rules", "rules"), "heldOut.rules."));
        }
        String base64 = r.text(root, "tribuoModel");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw r.fail("tribuoModel", "is not base64 (" + e.getMessage() + ")");
        }
        Contents contents = new Contents(model, trainingData, trainer, heldOut, bytes);
        LinearSGDModel tribuo;
        try {
            tribuo = contents.tribuoModel();
        } catch (IllegalStateException e) {
            throw r.fail("tribuoModel", "is not a Tribuo linear SGD model (" + e.getCause() + ")");
        }
        checkAgreement(model, tribuo, r);
        return contents;
    }

    /**
     * The stored Tribuo model must give the linear model's probabilities: one standard deviation
     * either side of the mean on each feature in turn, which pins the intercept and every weight.
     */
    private static void checkAgreement(LinearAutomationModel model, LinearSGDModel tribuo, Reader r) {
        int d = AutomationFeatureVector.SIZE;
        for (int i = 0; i < d; i++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] x = new double[d];
                java.util.Arrays.fill(x, Double.NaN);
                x[i] = model.mean()[i] + sign * model.scale()[i];
                double expected = 1 / (1 + Math.exp(-model.logOdds(x)));
                double got;
                try {
                    got = AutomationTrainer.tribuoProbability(tribuo, AutomationTrainer.example(model, x, false));
                } catch (RuntimeException ex) {
                    throw r.fail("tribuoModel", "cannot score: " + ex);
                }
                if (!(Math.abs(got - expected) <= TRIBUO_TOLERANCE)) {
                    throw r.fail("tribuoModel", "disagrees with the weights on " + AutomationFeatureVector.NAMES.get(i)
                            + ": probability " + got + " against " + expected);
                }
            }
        }
    }

    /** Field access that names the file and the field in every failure. */
    private record Reader(String source) {
        ModelFileException fail(String field, String problem) {
            return new ModelFileException(source + ": field '" + field + "' " + problem);
        }

        JsonNode field(JsonNode parent, String path, String name) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                throw fail(path, "missing");
            }
            return n;
        }

        String text(JsonNode parent, String name) {
            return text(parent, name, name);
        }

        String text(JsonNode parent, String path, String name) {
            JsonNode n = field(parent, path, name);
            if (!n.isTextual()) {
                throw fail(path, "must be a string, is " + n);
            }
            return n.textValue();
        }

        int integer(JsonNode parent, String name) {
            return integer(parent, name, name);
        }

        int integer(JsonNode parent, String path, String name) {
            JsonNode n = field(parent, path, name);
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw fail(path, "must be a whole number, is " + n);
            }
            return n.intValue();
        }

        double number(JsonNode parent, String path, String name) {
            JsonNode n = field(parent, path, name);
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                throw fail(path, "must be a finite number, is " + n);
            }
            return n.doubleValue();
        }

        /** A number, or NaN for JSON null (a measure that is undefined); the field must be there. */
        double numberOrNull(JsonNode parent, String path, String name) {
            JsonNode n = parent.get(name);
            if (n == null) {
                throw fail(path, "missing");
            }
            return n.isNull() ? Double.NaN : number(parent, path, name);
        }

        JsonNode array(JsonNode parent, String name) {
            return array(parent, name, name);
        }

        JsonNode array(JsonNode parent, String path, String name) {
            JsonNode n = field(parent, path, name);
            if (!n.isArray()) {
                throw fail(path, "must be an array, is " + n.getNodeType());
            }
            for (JsonNode e : n) {
                if (e == null) {
                    throw fail(path, "holds a missing element");
                }
            }
            return n;
        }

        JsonNode object(JsonNode parent, String name) {
            return object(parent, name, name);
        }

        JsonNode object(JsonNode parent, String path, String name) {
            JsonNode n = field(parent, path, name);
            if (!n.isObject()) {
                throw fail(path, "must be an object, is " + n.getNodeType());
            }
            return n;
        }

        TrainingData data(JsonNode o, String at) {
            String src = text(o, at + "source", "source");
            if (!src.equals(TrainingData.SCENARIOS) && !src.equals(TrainingData.TRUTH)) {
                throw fail(at + "source", "is '" + src + "', expected " + TrainingData.SCENARIOS + " or " + TrainingData.TRUTH);
            }
            List<Long> seeds = new ArrayList<>();
            JsonNode s = array(o, at + "seeds", "seeds");
            for (int i = 0; i < s.size(); i++) {
                if (!s.get(i).isIntegralNumber() || !s.get(i).canConvertToLong()) {
                    throw fail(at + "seeds[" + i + "]", "must be a whole number, is " + s.get(i));
                }
                seeds.add(s.get(i).longValue());
            }
            int scenarioAccounts = integer(o, at + "scenarioAccounts", "scenarioAccounts");
            int hours = integer(o, at + "hours", "hours");
            String truth = text(o, at + "truth", "truth");
            List<String> inputs = new ArrayList<>();
            JsonNode in = array(o, at + "inputs", "inputs");
            for (int i = 0; i < in.size(); i++) {
                if (!in.get(i).isTextual()) {
                    throw fail(at + "inputs[" + i + "]", "must be a string, is " + in.get(i));
                }
                inputs.add(in.get(i).textValue());
            }
            int accounts = integer(o, at + "accounts", "accounts");
            int positives = integer(o, at + "positives", "positives");
            if (accounts < 0 || positives < 0 || positives > accounts) {
                throw fail(at + "positives", "must be between 0 and accounts (" + accounts + "), is " + positives);
            }
            return new TrainingData(src, seeds, scenarioAccounts, hours, truth, inputs, accounts, positives);
        }

        ScoreQuality quality(JsonNode o, String at) {
            int positives = integer(o, at + "positives", "positives");
            int negatives = integer(o, at + "negatives", "negatives");
            double auc = numberOrNull(o, at + "rocAuc", "rocAuc");
            double brier = numberOrNull(o, at + "brier", "brier");
            double ece = numberOrNull(o, at + "ece", "ece");
            JsonNode bins = array(o, at + "reliability", "reliability");
            List<ScoreQuality.Bin> out = new ArrayList<>();
            for (int i = 0; i < bins.size(); i++) {
                JsonNode b = bins.get(i);
                String bat = at + "reliability[" + i + "].";
                if (!b.isObject()) {
                    throw fail(at + "reliability[" + i + "]", "must be an object");
                }
                out.add(new ScoreQuality.Bin(number(b, bat + "from", "from"), number(b, bat + "to", "to"),
                        integer(b, bat + "accounts", "accounts"), numberOrNull(b, bat + "meanScore", "meanScore"),
                        numberOrNull(b, bat + "positiveShare", "positiveShare")));
            }
            return new ScoreQuality(positives, negatives, auc, brier, ece, out);
        }
    }
}
