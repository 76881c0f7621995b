/**
 * TensorBoard event files without TensorFlow: {@link org.vecrl.core.io.tensorboard.EventFileWriter}
 * writes scalar summaries as TFRecord-framed {@code Event} protocol buffers
 * ({@link org.vecrl.core.io.tensorboard.EventProtos}, {@link org.vecrl.core.io.tensorboard.TfRecords}
 * with its masked CRC-32C) into {@code events.out.tfevents.<seconds>.<host>}, which
 * {@code tensorboard --logdir} reads; {@link org.vecrl.core.io.tensorboard.EventFileReader} reads them
 * back (for tests and tools).
 *
 * <pre>{@code
 * Path file;
 * try (EventFileWriter writer = EventFileWriter.create(runDir.resolve("tensorboard"))) {
 *     writer.addScalar("train/loss", 0.25, 1_000, System.currentTimeMillis() / 1000.0);
 *     file = writer.file();
 * }
 * List<EventFileReader.Event> events = EventFileReader.read(file);
 * }</pre>
 */
package org.vecrl.core.io.tensorboard;
