/**
 * Files a training run writes and reads: {@link org.vecrl.core.io.AtomicFiles} writes through a
 * temporary file and a move so that readers never see half a file, {@link org.vecrl.core.io.Json}
 * writes and parses the JSON of configs and summaries, {@link org.vecrl.core.io.TableLog} logs typed
 * rows (metrics, episodes) to an Arrow IPC file and an optional CSV twin, read back by
 * {@link org.vecrl.core.io.ArrowTables} (which also writes a whole table in one go),
 * {@link org.vecrl.core.io.Csv} writes and strictly parses RFC 4180 CSV, and
 * {@link org.vecrl.core.io.FileErrors} turns file-system exceptions into messages that say why.
 *
 * <pre>{@code
 * try (TableLog log = new TableLog(dir.resolve("episodes.arrow"), dir.resolve("episodes.csv"),
 *         List.of(TableLog.Column.ofLong("step"), TableLog.Column.ofDouble("return")), 100)) {
 *     log.append(500L, 21.0);
 * }
 * List<Map<String, Object>> rows = ArrowTables.read(dir.resolve("episodes.arrow"));
 * Json.writeFile(dir.resolve("summary.json"), Map.of("mean_return", 21.0));
 * }</pre>
 */
package org.vecrl.core.io;
