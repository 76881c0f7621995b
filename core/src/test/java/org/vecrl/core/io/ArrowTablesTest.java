package org.vecrl.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrowTablesTest {

    private static final List<TableLog.Column> COLUMNS =
            List.of(TableLog.Column.ofString("text"), TableLog.Column.ofLong("n"));

    @Test
    void aTableRoundTripsWithItsColumnsAlsoWhenEmpty(@TempDir Path dir) {
        Path file = dir.resolve("t.arrow");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"a,\"b\"\nñ 日本", 3L});
        rows.add(new Object[] {null, null});
        ArrowTables.write(file, COLUMNS, rows);
        ArrowTables.Table t = ArrowTables.readTable(file);
        assertThat(t.columns()).containsExactly("text", "n");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0)).containsEntry("text", "a,\"b\"\nñ 日本").containsEntry("n", 3L);
        assertThat(t.rows().get(1)).containsEntry("text", null).containsEntry("n", null);

        ArrowTables.write(file, COLUMNS, List.of());
        assertThat(ArrowTables.readTable(file)).isEqualTo(new ArrowTables.Table(List.of("text", "n"), List.of()));
    }

    @Test
    void aFileThatIsNotArrowIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.arrow"), "prompt,chosen\n");
        assertThatThrownBy(() -> ArrowTables.readTable(file)).hasMessageContaining("cannot read Arrow file " + file);
    }
}
