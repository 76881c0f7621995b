package org.vecrl.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

    private static Csv.Table parse(Path dir, String text) throws Exception {
        return Csv.read(Files.writeString(dir.resolve("t.csv"), text));
    }

    @Test
    void fieldsAreQuotedOnlyWhereTheyMustBe() {
        assertThat(Csv.field("plain text")).isEqualTo("plain text");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(Csv.line(List.of("x", 1.5, "y,z"))).isEqualTo("x,1.5,\"y,z\"\n");
        assertThat(Csv.line(java.util.Arrays.asList("a", null, "b"))).isEqualTo("a,,b\n");
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks(@TempDir Path dir) throws Exception {
        Csv.Table t = parse(
                dir,
                "a,b,c\r\n" + "\"x,y\",\"he said \"\"no\"\"\",\"line 1\nline 2\"\r\n" + "\n" + "plain,,\"\"\n"
                        + "é,\"ü\r\nß\",last");
        assertThat(t.header()).containsExactly("a", "b", "c");
        assertThat(t.rows())
                .containsExactly(
                        new Csv.Row(2, List.of("x,y", "he said \"no\"", "line 1\nline 2")),
                        new Csv.Row(5, List.of("plain", "", "")),
                        new Csv.Row(6, List.of("é", "ü\r\nß", "last")));
    }

    @Test
    void aByteOrderMarkAndATrailingCommaAreHandled(@TempDir Path dir) throws Exception {
        Csv.Table t = parse(dir, "\uFEFFa,b\n1,\n");
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).containsExactly(new Csv.Row(2, List.of("1", "")));
    }

    @Test
    void writtenLinesParseBackUnchanged(@TempDir Path dir) throws Exception {
        List<String> tricky = List.of("a,b", "\"quoted\"", "multi\nline", "\r\n", "ñ 日本", " spaced ");
        Csv.Table t = parse(dir, Csv.line(List.of("h1", "h2", "h3", "h4", "h5", "h6")) + Csv.line(tricky));
        assertThat(t.rows()).singleElement().extracting(Csv.Row::fields).isEqualTo(tricky);
    }

    @Test
    void malformedRowsAreErrorsNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> parse(dir, "a,b\n1,2\n\"open,3\n4,5\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.csv line 3: malformed CSV: unterminated quoted field");
        assertThatThrownBy(() -> parse(dir, "a,b\n\"x\"y,2\n"))
                .hasMessageContaining("t.csv line 2: malformed CSV: 'y' after a closing quote");
        assertThatThrownBy(() -> parse(dir, "a,b\nsay \"hi\",2\n"))
                .hasMessageContaining("t.csv line 2: malformed CSV: a quote inside an unquoted field");
        assertThatThrownBy(() -> parse(dir, "a,b\n\"multi\nline\",2\n1,2,3\n"))
                .hasMessageContaining("t.csv line 4: 3 fields, expected 2 as in the header [a, b]");
        assertThatThrownBy(() -> parse(dir, "\n\n")).hasMessageContaining("t.csv: empty, expected a header row");
        Path latin1 = Files.write(dir.resolve("l.csv"), "a,b\n\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Csv.read(latin1)).hasMessageContaining("l.csv: not UTF-8 text");
    }
}
