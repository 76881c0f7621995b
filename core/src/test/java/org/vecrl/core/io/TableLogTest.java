package org.vecrl.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableLogTest {

    private static final List<TableLog.Column> COLUMNS = List.of(
            TableLog.Column.ofLong("step"), TableLog.Column.ofDouble("loss"), TableLog.Column.ofString("agent"));

    @Test
    void rowsRoundTripThroughArrowAndCsv(@TempDir Path dir) throws Exception {
        Path arrow = dir.resolve("m.arrow");
        Path csv = dir.resolve("m.csv");
        try (TableLog log = new TableLog(arrow, csv, COLUMNS, 100)) {
            log.append(1L, 0.5, "ucb(c=2)");
            log.append(2, null, "a,b");
        }
        List<Map<String, Object>> rows = ArrowTables.read(arrow);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("step", 1L)
                .containsEntry("loss", 0.5)
                .containsEntry("agent", "ucb(c=2)");
        assertThat(rows.get(1))
                .containsEntry("step", 2L)
                .containsEntry("loss", null)
                .containsEntry("agent", "a,b");
        assertThat(Files.readAllLines(csv)).containsExactly("step,loss,agent", "1,0.5,ucb(c=2)", "2,,\"a,b\"");
    }

    @Test
    void filesAreValidBeforeClose(@TempDir Path dir) {
        Path arrow = dir.resolve("m.arrow");
        TableLog log = new TableLog(arrow, null, COLUMNS, 2);
        assertThat(ArrowTables.read(arrow)).isEmpty();
        log.append(1, 1.0, "x");
        log.append(2, 2.0, "y");
        assertThat(ArrowTables.read(arrow)).hasSize(2);
        log.close();
    }

    @Test
    void badRowsAreRejectedWithTheColumn(@TempDir Path dir) {
        try (TableLog log = new TableLog(dir.resolve("m.arrow"), null, COLUMNS, 10)) {
            assertThatThrownBy(() -> log.append(1, 2.0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected 3");
            assertThatThrownBy(() -> log.append("one", 2.0, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column 'step'");
        }
    }
}
