package io.mamori.io.input;

import io.mamori.core.evaluation.TruthRow;
import io.mamori.core.scenario.TruthLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TruthCsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsLabelsGroupsAndKindsFromGroupsCsvBesideIt() throws IOException {
        Files.writeString(dir.resolve("truth.csv"), "user_id,label,group\n1,organic,\n2,benign,quake-1\n3,campaign,amplifier-2\n");
        Files.writeString(dir.resolve("groups.csv"), "group,label,kind,accounts,start,operator_utc_offset,operator_schedule\n"
                + "quake-1,benign,earthquake,1,2025-07-17T08:28:32Z,,\namplifier-2,campaign,amplifier,1,,+03:00,office MON-FRI 09-18\n");
        assertThat(TruthCsvReader.read(dir.resolve("truth.csv"))).containsExactly(
                new TruthRow("1", TruthLabel.ORGANIC, "", ""),
                new TruthRow("2", TruthLabel.BENIGN, "quake-1", "earthquake"),
                new TruthRow("3", TruthLabel.CAMPAIGN, "amplifier-2", "amplifier"));
    }

    @Test
    void operatorOffsetsComeFromGroupsCsvAndCrowdsHaveNone() throws IOException {
        Files.writeString(dir.resolve("truth.csv"), "user_id,label,group\n");
        assertThat(TruthCsvReader.operatorOffsets(dir.resolve("truth.csv"))).as("no groups.csv").isEmpty();
        Files.writeString(dir.resolve("groups.csv"), "group,label,kind,accounts,start,operator_utc_offset,operator_schedule\n"
                + "quake-1,benign,earthquake,1,2025-07-17T08:28:32Z,,\namplifier-2,campaign,amplifier,1,,+03:00,office\n"
                + "sleeper-1,campaign,sleeper,1,,-05:30,office\n");
        assertThat(TruthCsvReader.operatorOffsets(dir.resolve("truth.csv")))
                .isEqualTo(java.util.Map.of("amplifier-2", 180, "sleeper-1", -330));

        Files.writeString(dir.resolve("groups.csv"), "group,kind,operator_utc_offset\nx-1,amplifier,Moscow\n");
        assertThatThrownBy(() -> TruthCsvReader.operatorOffsets(dir.resolve("truth.csv")))
                .isInstanceOf(InputException.class).hasMessageContaining("groups.csv").hasMessageContaining("x-1")
                .hasMessageContaining("field 'operator_utc_offset'").hasMessageContaining("Moscow");
    }

    @Test
    void withoutGroupsCsvTheKindIsTheGroupNameWithoutItsNumber() throws IOException {
        Files.writeString(dir.resolve("truth.csv"), "\uFEFFuser_id,label,group\n3,campaign,copypasta-12\n");
        List<TruthRow> rows = TruthCsvReader.read(dir.resolve("truth.csv"));
        assertThat(rows.get(0).kind()).isEqualTo("copypasta");
    }

    @Test
    void aBadLineStopsTheReadNamingFileLineAndField() throws IOException {
        Files.writeString(dir.resolve("truth.csv"), "user_id,label,group\n1,organic,\n2,bot,x-1\n");
        assertThatThrownBy(() -> TruthCsvReader.read(dir.resolve("truth.csv")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("truth.csv:3").hasMessageContaining("field 'label'").hasMessageContaining("bot");
    }

    @Test
    void anAccountListedTwiceIsAnError() throws IOException {
        Files.writeString(dir.resolve("truth.csv"), "user_id,label,group\n1,organic,\n1,organic,\n");
        assertThatThrownBy(() -> TruthCsvReader.read(dir.resolve("truth.csv")))
                .isInstanceOf(InputException.class).hasMessageContaining(":3").hasMessageContaining("twice");
    }
}
