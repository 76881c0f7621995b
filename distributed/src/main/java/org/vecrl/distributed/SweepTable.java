package org.vecrl.distributed;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.Summary;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;

/**
 * Writes the sweep's run table, {@code sweep.arrow} + {@code sweep.csv}: one row per finished run with the
 * configuration id, one column per swept key (the value as given), and every field of summary.json
 * (the {@link Summary} record's components, booleans as strings).
 */
final class SweepTable {
    private SweepTable() {}

    static void write(Path sweepDir, List<String> gridKeys, List<RunResult> results) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.ofString("config_id"));
        gridKeys.forEach(k -> columns.add(Column.ofString(k)));
        RecordComponent[] fields = Summary.class.getRecordComponents();
        for (RecordComponent f : fields) {
            columns.add(column(Config.snakeCase(f.getName()), f.getType()));
        }
        try (TableLog table = new TableLog(
                SweepFile.TABLE.in(sweepDir), SweepFile.TABLE_CSV.in(sweepDir), columns, Integer.MAX_VALUE)) {
            for (RunResult r : results) {
                Map<String, String> values = r.run().configuration().values();
                List<Object> row = new ArrayList<>();
                row.add(r.run().configuration().id());
                gridKeys.forEach(k -> row.add(values.get(k)));
                for (RecordComponent f : fields) {
                    Object v = r.summary().get(Config.snakeCase(f.getName()));
                    row.add(v instanceof Boolean b ? b.toString() : v);
                }
                table.append(row.toArray());
            }
        }
    }

    private static Column column(String name, Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return Column.ofLong(name);
        }
        if (type == double.class || type == Double.class) {
            return Column.ofDouble(name);
        }
        return Column.ofString(name);
    }
}
