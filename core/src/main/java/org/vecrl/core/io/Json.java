package org.vecrl.core.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * JSON for summaries, bench results and {@code --json} output: pretty-printed, written atomically.
 * Record and bean properties are written in snake_case ({@code totalSteps} as {@code total_steps}), the
 * key style of config.yaml and the metrics columns; map keys are written as they are, so callers use
 * snake_case keys.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    /** Serialises maps, lists, records, numbers and strings as pretty-printed JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serialises as {@link #write} does, on one line without whitespace (as safetensors headers are). */
    public static String writeCompact(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} to {@code file} through a temporary file and an atomic move. */
    public static void writeFile(Path file, Object value) {
        AtomicFiles.writeString(file, write(value) + System.lineSeparator());
    }

    /** Parses a JSON object. */
    public static Map<String, Object> readObject(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    /** Parses a JSON array of objects. */
    public static List<Map<String, Object>> readObjects(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON array of objects: " + e.getMessage(), e);
        }
    }
}
