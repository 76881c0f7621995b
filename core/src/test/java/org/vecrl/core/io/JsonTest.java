package org.vecrl.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Inner(long totalMemoryBytes) {}

    record Outer(String algo, double finalMeanReturn, Long stepsToThreshold, List<Inner> cudaDevices) {}

    @Test
    void recordPropertiesAreSnakeCaseInComponentOrderAndMapKeysAreKept() {
        Map<String, Object> read = Json.readObject(Json.write(new Outer("dqn", 1.5, null, List.of(new Inner(7)))));
        assertThat(read.keySet()).containsExactly("algo", "final_mean_return", "steps_to_threshold", "cuda_devices");
        assertThat(read)
                .containsEntry("final_mean_return", 1.5)
                .containsEntry("steps_to_threshold", null)
                .containsEntry("cuda_devices", List.of(Map.of("total_memory_bytes", 7)));
        assertThat(Json.readObject(Json.write(Map.of("keptAsIs", 1)))).containsOnlyKeys("keptAsIs");
    }

    @Test
    void compactOutputHasNoWhitespaceAndKeepsMapOrder() {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("b", List.of(1, 2));
        map.put("a", Map.of("dtype", "F32"));
        assertThat(Json.writeCompact(map)).isEqualTo("{\"b\":[1,2],\"a\":{\"dtype\":\"F32\"}}");
    }
}
