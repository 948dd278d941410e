package io.mamori.model;

import io.mamori.core.automation.AutomationFeatureVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AutomationModelFileTest {
    private static final LabelledAccounts DATA = AutomationTrainerTest.SMALL;
    private static final AutomationTrainer.Trained TRAINED = AutomationTrainer.train(DATA.features(), DATA.labels(), 1);
    private static final AutomationModelFile.Contents CONTENTS = AutomationModelFile.Contents.of(TRAINED,
            TrainingData.scenarios(List.of(7L), 2_500, 48, DATA),
            HeldOutEvaluation.of(TrainingData.scenarios(List.of(7L), 2_500, 48, DATA), TRAINED.model(), DATA));
    private static final String JSON = AutomationModelFile.toJson(CONTENTS);

    @TempDir
    Path dir;

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        Path file = dir.resolve("model.json");
        AutomationModelFile.write(CONTENTS, file);

        AutomationModelFile.Contents read = AutomationModelFile.read(file);
        Path again = dir.resolve("again.json");
        AutomationModelFile.write(read, again);

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        assertThat(read.model()).isEqualTo(TRAINED.model());
        assertThat(read.training()).isEqualTo(CONTENTS.training());
        assertThat(read.heldOut().model().rocAuc()).isEqualTo(CONTENTS.heldOut().model().rocAuc());
        assertThat(read.heldOut().rules().reliability()).isEqualTo(CONTENTS.heldOut().rules().reliability());
    }

    @Test
    void theSameTrainingWritesAByteIdenticalFile() {
        AutomationTrainer.Trained again = AutomationTrainer.train(DATA.features(), DATA.labels(), 1);
        String json = AutomationModelFile.toJson(AutomationModelFile.Contents.of(again, CONTENTS.training(), CONTENTS.heldOut()));

        assertThat(json).isEqualTo(JSON);
        assertThat(json).doesNotContain("1970").contains("\"format\" : \"mamori-automation-model\"");
    }

    @Test
    void theStoredTribuoModelDeserialisesAndPredictsAsTheOriginal() {
        LinearSGDModel back = AutomationModelFile.parse(JSON, "m.json").tribuoModel();

        for (var f : DATA.features().subList(0, 200)) {
            double[] x = AutomationFeatureVector.of(f);
            var e = AutomationTrainer.example(TRAINED.model(), x, false);
            assertThat(AutomationTrainer.tribuoProbability(back, e))
                    .isCloseTo(AutomationTrainer.tribuoProbability(TRAINED.tribuo(), e), within(1e-12));
        }
    }

    @Test
    void aFileWithoutHeldOutDataReadsBackWithNone() {
        String json = AutomationModelFile.toJson(new AutomationModelFile.Contents(TRAINED.model(), CONTENTS.training(),
                CONTENTS.trainer(), null, CONTENTS.tribuo()));

        assertThat(AutomationModelFile.parse(json, "m.json").heldOut()).isNull();
    }

    @Test
    void aMissingFieldIsNamedWithTheFile() {
        String json = JSON.replaceFirst("\"intercept\" : [-0-9.E]+,\n", "");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "bad.json"))
                .isInstanceOf(ModelFileException.class).hasMessage("bad.json: field 'intercept' missing");
    }

    @Test
    void aMissingNestedFieldIsNamedByItsPath() {
        String json = JSON.replaceFirst("\"positives\" : \\d+,\n\\s*\"negatives\"", "\"negatives\"");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "bad.json"))
                .isInstanceOf(ModelFileException.class).hasMessage("bad.json: field 'heldOut.model.positives' missing");
    }

    @Test
    void otherFeatureNamesAskForATrainingAgain() {
        String json = JSON.replace("\"hourEntropy\"", "\"hourOfDayEntropy\"");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "old.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("old.json: field 'features' names [")
                .hasMessageContaining("hourOfDayEntropy")
                .hasMessageEndingWith("train it again with mamori train");
    }

    @Test
    void anotherSchemaVersionAsksForATrainingAgain() {
        String json = JSON.replace("\"featureSchemaVersion\" : " + io.mamori.core.automation.AutomationFeatureVector.SCHEMA_VERSION,
                "\"featureSchemaVersion\" : 0");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "old.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("old.json: field 'featureSchemaVersion' is 0")
                .hasMessageEndingWith("train it again with mamori train");
    }

    @Test
    void badBase64IsNamed() {
        String json = JSON.replaceFirst("\"tribuoModel\" : \"", "\"tribuoModel\" : \"#!");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "bad.json"))
                .isInstanceOf(ModelFileException.class).hasMessageStartingWith("bad.json: field 'tribuoModel' is not base64");
    }

    @Test
    void base64OfSomethingElseIsNotATribuoModel() {
        String json = JSON.replaceFirst("\"tribuoModel\" : \"[^\"]*\"", "\"tribuoModel\" : \"aGVsbG8=\"");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "bad.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("bad.json: field 'tribuoModel' is not a Tribuo linear SGD model");
    }

    @Test
    void weightsThatDisagreeWithTheTribuoModelAreRefused() {
        String json = JSON.replaceFirst("\"intercept\" : [-0-9.E]+", "\"intercept\" : 0.5");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "bad.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("bad.json: field 'tribuoModel' disagrees with the weights");
    }

    @Test
    void aNonPositiveScaleIsNamedWithItsFeature() {
        String json = JSON.replaceFirst("\"scale\" : [0-9.E-]+", "\"scale\" : 0");

        assertThatThrownBy(() -> AutomationModelFile.parse(json, "bad.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessage("bad.json: field 'features[0] (log10PostsPerDay).scale' must be > 0, is 0.0");
    }

    @Test
    void textThatIsNotJsonOrNotAModelIsRefused(@TempDir Path tmp) throws IOException {
        Path notJson = tmp.resolve("notes.txt");
        Files.writeString(notJson, "weights: 1, 2, 3", StandardCharsets.UTF_8);
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "{\"format\": \"mamori-report\"}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AutomationModelFile.read(notJson))
                .isInstanceOf(ModelFileException.class).hasMessageStartingWith(notJson + ": not a JSON model file");
        assertThatThrownBy(() -> AutomationModelFile.read(report))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(report + ": field 'format' is 'mamori-report', expected 'mamori-automation-model'");
        assertThatThrownBy(() -> AutomationModelFile.read(tmp.resolve("none.json")))
                .isInstanceOf(ModelFileException.class).hasMessageEndingWith("none.json: no such model file");
    }
}
