package org.vecrl.algorithms.rlhf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.TableLog;

class PreferenceFilesTest {

    private static final List<StoredPreference> PAIRS = List.of(
            new StoredPreference(
                    "Once, \"she\" said", new Preference("a, b and \"c\"", "line 1\nline 2\r\nend"), "human:ann"),
            new StoredPreference("ñ 日本 ü", new Preference("périod. ✓", "😀"), "scripted:period@T=0.5"),
            new StoredPreference("", new Preference(" x ", "y"), ""));

    @ParameterizedTest
    @ValueSource(strings = {"p.arrow", "p.csv", "p.jsonl", "p.json", "P.CSV"})
    void pairsRoundTripInEveryFormat(String name, @TempDir Path dir) {
        Path file = dir.resolve(name);
        PreferenceFiles.write(file, PAIRS);
        assertThat(PreferenceFiles.read(file)).isEqualTo(PAIRS);
        assertThat(dir.toFile().list()).containsExactly(name);
    }

    @Test
    void eachFormatLooksAsOtherToolsExpect(@TempDir Path dir) throws Exception {
        Path arrow = dir.resolve("p.arrow");
        PreferenceFiles.write(arrow, PAIRS.subList(1, 2));
        assertThat(ArrowTables.readTable(arrow).columns()).containsExactly("prompt", "chosen", "rejected", "source");
        Path csv = dir.resolve("p.csv");
        PreferenceFiles.write(csv, PAIRS.subList(0, 1));
        assertThat(Files.readString(csv))
                .isEqualTo("prompt,chosen,rejected,source\n"
                        + "\"Once, \"\"she\"\" said\",\"a, b and \"\"c\"\"\",\"line 1\nline 2\r\nend\",human:ann\n");
        Path jsonl = dir.resolve("p.jsonl");
        PreferenceFiles.write(jsonl, PAIRS.subList(2, 3));
        assertThat(Files.readString(jsonl))
                .isEqualTo("{\"prompt\":\"\",\"chosen\":\" x \",\"rejected\":\"y\",\"source\":\"\"}\n");
    }

    @Test
    void humanLabelledFilesNeedOnlyChosenAndRejected(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(
                dir.resolve("h.csv"), "id,rejected,chosen\r\n7,\"bad, really\",\"good \"\"one\"\"\"\r\n8,b2,g2\r\n");
        assertThat(PreferenceFiles.read(csv))
                .containsExactly(
                        new StoredPreference(null, new Preference("good \"one\"", "bad, really"), null),
                        new StoredPreference(null, new Preference("g2", "b2"), null));
        Path jsonl = Files.writeString(dir.resolve("h.jsonl"), "\n{\"chosen\": \"g\", \"rejected\": \"b\"}\n");
        assertThat(PreferenceFiles.read(jsonl)).containsExactly(new StoredPreference("", new Preference("g", "b"), ""));
        Path arrow = dir.resolve("h.arrow");
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[] {"b", "g", 3L});
        ArrowTables.write(
                arrow,
                List.of(
                        TableLog.Column.ofString("rejected"),
                        TableLog.Column.ofString("chosen"),
                        TableLog.Column.ofLong("id")),
                rows);
        assertThat(PreferenceFiles.read(arrow)).containsExactly(new StoredPreference("", new Preference("g", "b"), ""));
    }

    @Test
    void missingColumnsAreErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("m.csv"), "prompt,chosen\nx,y\n");
        assertThatThrownBy(() -> PreferenceFiles.read(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m.csv: no column 'rejected' (found [prompt, chosen])");
        Path jsonl = Files.writeString(
                dir.resolve("m.jsonl"), "{\"chosen\":\"a\",\"rejected\":\"b\"}\n{\"chosen\":\"a\"}\n");
        assertThatThrownBy(() -> PreferenceFiles.read(jsonl))
                .hasMessageContaining("m.jsonl line 2: no column 'rejected'");
        Path arrow = dir.resolve("m.arrow");
        ArrowTables.write(arrow, List.of(TableLog.Column.ofString("chosen")), List.of());
        assertThatThrownBy(() -> PreferenceFiles.read(arrow)).hasMessageContaining("m.arrow: no column 'rejected'");
    }

    @Test
    void emptyTextsWrongTypesAndEmptyFilesAreErrorsNamingTheRow(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("e.csv"), "chosen,rejected\na,b\n\"multi\nline\",\n");
        assertThatThrownBy(() -> PreferenceFiles.read(csv))
                .hasMessageContaining("e.csv line 3: ")
                .hasMessageContaining("two non-empty texts");
        Path jsonl = Files.writeString(dir.resolve("e.jsonl"), "{\"chosen\": 5, \"rejected\": \"b\"}\n");
        assertThatThrownBy(() -> PreferenceFiles.read(jsonl))
                .hasMessageContaining("e.jsonl line 1: column 'chosen' holds 5 (Integer), expected text");
        Path notJson = Files.writeString(dir.resolve("n.jsonl"), "chosen,rejected\n");
        assertThatThrownBy(() -> PreferenceFiles.read(notJson))
                .hasMessageContaining("n.jsonl line 1: not a JSON object");
        Path arrow = dir.resolve("e.arrow");
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[] {"a", "b"});
        rows.add(new Object[] {"a", null});
        ArrowTables.write(
                arrow, List.of(TableLog.Column.ofString("chosen"), TableLog.Column.ofString("rejected")), rows);
        assertThatThrownBy(() -> PreferenceFiles.read(arrow))
                .hasMessageContaining("e.arrow row 2: ")
                .hasMessageContaining("two non-empty texts");
        Path header = Files.writeString(dir.resolve("h.csv"), "chosen,rejected\n");
        assertThatThrownBy(() -> PreferenceFiles.read(header)).hasMessageContaining("h.csv holds no preference pairs");
    }

    @Test
    void anUnterminatedQuoteIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("q.csv"), "chosen,rejected\na,b\n\"never closed,b\nc,d\n");
        assertThatThrownBy(() -> PreferenceFiles.read(csv))
                .hasMessageContaining("q.csv line 3: malformed CSV: unterminated quoted field");
    }

    @Test
    void anUnknownExtensionIsAnErrorListingTheAcceptedOnesAndWritesNothing(@TempDir Path dir) {
        Path txt = dir.resolve("pairs.txt");
        assertThatThrownBy(() -> PreferenceFiles.write(txt, PAIRS))
                .hasMessage("pairs file " + txt + ": unknown extension, expected one of .arrow, .csv, .jsonl, .json");
        assertThatThrownBy(() -> PreferenceFiles.read(txt)).hasMessageContaining("unknown extension");
        assertThatThrownBy(() -> PreferenceFiles.write(dir.resolve("p.arrow"), List.of()))
                .hasMessageContaining("no preference pairs to write");
        assertThat(dir).isEmptyDirectory();
    }
}
