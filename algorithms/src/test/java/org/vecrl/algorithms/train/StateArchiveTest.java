package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateArchiveTest {

    @Test
    void roundTripsEveryEntryType(@TempDir Path tmp) throws Exception {
        StateArchive a = new StateArchive()
                .putFloats("f", new float[] {1.5f, Float.NaN, -0f})
                .putDoubles("d", new double[] {Math.PI})
                .putLongs("l", new long[] {Long.MIN_VALUE, 3})
                .putInts("i", new int[] {})
                .putBooleans("b", new boolean[] {true, false})
                .putString("s", "é\nyaml: 1")
                .putLong("one", 42);
        Path file = tmp.resolve("x.ckpt");
        a.save(file);
        StateArchive b = StateArchive.load(file);
        assertThat(b.names()).containsExactly("f", "d", "l", "i", "b", "s", "one");
        assertThat(b.getFloats("f")).containsExactly(1.5f, Float.NaN, -0f);
        assertThat(b.getDoubles("d")).containsExactly(Math.PI);
        assertThat(b.getLongs("l")).containsExactly(Long.MIN_VALUE, 3);
        assertThat(b.getInts("i")).isEmpty();
        assertThat(b.getBooleans("b")).containsExactly(true, false);
        assertThat(b.getString("s")).isEqualTo("é\nyaml: 1");
        assertThat(b.getLong("one")).isEqualTo(42);
        assertThatThrownBy(() -> b.getFloats("d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checkpoint entry 'd' is a double[]: expected float[]");
        assertThatThrownBy(() -> b.getFloats("zz")).hasMessageContaining("checkpoint has no entry 'zz'");
        Files.writeString(tmp.resolve("bad.ckpt"), "not a checkpoint at all");
        assertThatThrownBy(() -> StateArchive.load(tmp.resolve("bad.ckpt"))).hasMessageContaining("bad magic number");
    }
}
