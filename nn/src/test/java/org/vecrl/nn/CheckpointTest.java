package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryEntryType() {
        Path file = dir.resolve("x.ckpt");
        new Checkpoint()
                .putFloats("f", new float[] {1.5f, Float.NaN, -0f})
                .putDoubles("d", new double[] {Math.PI})
                .putLongs("l", new long[] {Long.MIN_VALUE, 3})
                .putInts("i", new int[] {})
                .putBooleans("b", new boolean[] {true, false})
                .putString("s", "é\nyaml: 1")
                .putLong("one", 42)
                .putDouble("half", 0.5)
                .save(file);
        Checkpoint b = Checkpoint.load(file);
        assertThat(b.names()).containsExactly("f", "d", "l", "i", "b", "s", "one", "half");
        assertThat(b.getFloats("f")).containsExactly(1.5f, Float.NaN, -0f);
        assertThat(b.getDoubles("d")).containsExactly(Math.PI);
        assertThat(b.getLongs("l")).containsExactly(Long.MIN_VALUE, 3);
        assertThat(b.getInts("i")).isEmpty();
        assertThat(b.getBooleans("b")).containsExactly(true, false);
        assertThat(b.getString("s")).isEqualTo("é\nyaml: 1");
        assertThat(b.getLong("one")).isEqualTo(42);
        assertThat(b.getDouble("half")).isEqualTo(0.5);
        assertThat(b.has("f")).isTrue();
        assertThat(b.has("zz")).isFalse();
        assertThat(b.getConfig()).as("no config stored").isEmpty();
        assertThatThrownBy(() -> b.getFloats("d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checkpoint entry 'd' is a double[]: expected float[]");
        assertThatThrownBy(() -> b.getFloats("zz")).hasMessageContaining("checkpoint has no entry 'zz'");
        assertThatThrownBy(() -> new Checkpoint().putFloats("", new float[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a non-empty name");
        assertThatThrownBy(() -> new Checkpoint().putString("s", null))
                .hasMessage("checkpoint entry 's' is null: expected a value");
    }

    @Test
    void roundTripRestoresNetworksOptimizerStatsRngCountersAndConfig() {
        Mlp actor = Networks.mlp(Networks.actorSpec(4, 2), Engine.SIMD, 1);
        Optimizer opt = Optimizers.adam(List.of(actor), 1e-3, 0.9, 0.999, 1e-5, 0, 0.5);
        actor.setGrads(MlpTest.randoms(actor.numParams(), 5));
        opt.step();
        Path file = dir.resolve("ckpt/step-10.bin");
        new Checkpoint()
                .putNetwork("actor", actor)
                .putFloats("logStd", new float[] {-0.5f, 0.25f})
                .putOptimizer("adam", opt.state())
                .putDoubles("obsNorm", new double[] {0.1, 2.5, 1e300})
                .putLongs("agent.rng", new long[] {42L, 17L})
                .putLong("globalStep", 1234L)
                .putConfig("lr: 0.00025\nseed: 1\n")
                .save(file);

        Checkpoint loaded = Checkpoint.load(file);
        Mlp fresh = Networks.mlp(Networks.actorSpec(4, 2), Engine.ND4J, 99);
        loaded.loadNetwork("actor", fresh);
        assertThat(fresh.params()).containsExactly(actor.params());
        assertThat(loaded.getFloats("actor"))
                .as("network parameters are a plain float entry")
                .containsExactly(actor.params());
        assertThat(loaded.getFloats("logStd")).containsExactly(-0.5f, 0.25f);
        OptimizerState state = loaded.getOptimizer("adam");
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.firstMoments().length).isEqualTo(1);
        assertThat(state.firstMoments()[0]).containsExactly(opt.state().firstMoments()[0]);
        assertThat(state.secondMoments()[0]).containsExactly(opt.state().secondMoments()[0]);
        Optimizers.adam(List.of(fresh), 1e-3, 0.9, 0.999, 1e-5, 0, 0.5).restore(state);
        assertThat(loaded.getDoubles("obsNorm", 3)).containsExactly(0.1, 2.5, 1e300);
        assertThat(loaded.getLongs("agent.rng")).containsExactly(42L, 17L);
        assertThat(loaded.getLong("globalStep")).isEqualTo(1234L);
        assertThat(loaded.getConfig()).isEqualTo("lr: 0.00025\nseed: 1\n");
        assertThatThrownBy(() -> loaded.getOptimizer("sgd")).hasMessageContaining("no optimizer state named 'sgd'");
    }

    @Test
    void rmspropStateRoundTripsWithItsKindAndAStateWithoutKindIsAdams() {
        Mlp actor = Networks.mlp(Networks.actorSpec(4, 2), Engine.SIMD, 1);
        Optimizer opt = Optimizers.rmsprop(List.of(actor), 7e-4, 0.99, 1e-5, 0, 0.5);
        actor.setGrads(MlpTest.randoms(actor.numParams(), 5));
        opt.step();
        Path file = dir.resolve("rms.bin");
        new Checkpoint()
                .putOptimizer("opt", opt.state())
                .putLong("old.step", 3)
                .putLong("old.count", 0)
                .save(file);

        Checkpoint loaded = Checkpoint.load(file);
        OptimizerState state = loaded.getOptimizer("opt");
        assertThat(state.kind()).isEqualTo("rmsprop");
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.secondMoments()[0]).containsExactly(opt.state().secondMoments()[0]);
        Optimizer fresh = Optimizers.rmsprop(List.of(actor), 7e-4, 0.99, 1e-5, 0, 0.5);
        fresh.restore(state);
        assertThat(fresh.state().secondMoments()[0]).containsExactly(opt.state().secondMoments()[0]);
        assertThat(loaded.getOptimizer("old").kind()).isEqualTo("adam");
    }

    @Test
    void loadingIntoAnotherArchitectureNamesTheMismatch() {
        Path file = dir.resolve("c.bin");
        new Checkpoint()
                .putNetwork("actor", Networks.mlp(Networks.actorSpec(4, 2), Engine.SIMD, 1))
                .putDoubles("obsNorm", new double[4])
                .save(file);
        Checkpoint c = Checkpoint.load(file);
        assertThatThrownBy(() -> c.loadNetwork("actor", Networks.mlp(Networks.criticSpec(4), Engine.SIMD, 1)))
                .hasMessageContaining("'actor'")
                .hasMessageContaining("4-64-64-2 TANH (4610 parameters)")
                .hasMessageContaining("4-64-64-1 TANH (4545 parameters)");
        MlpSpec reluActor = new MlpSpec(
                4, new int[] {64, 64}, 2, Activation.RELU, LayerInit.orthogonal(1), LayerInit.orthogonal(1));
        assertThatThrownBy(() -> c.loadNetwork("actor", Networks.mlp(reluActor, Engine.SIMD, 1)))
                .hasMessageContaining("4-64-64-2 RELU");
        assertThatThrownBy(() -> c.loadNetwork("critic", Networks.mlp(Networks.criticSpec(4), Engine.SIMD, 1)))
                .hasMessageContaining("no network parameters named 'critic'")
                .hasMessageContaining("[actor]");
        assertThatThrownBy(() -> c.getDoubles("obsNorm", 5))
                .hasMessage("checkpoint entry 'obsNorm' has length 4: expected 5");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("c.bin");
        new Checkpoint().putLong("step", 1).save(file);
        byte[] before = Files.readAllBytes(file);
        Checkpoint tooLong = new Checkpoint().putLong("x".repeat(70_000), 2);
        assertThatThrownBy(() -> tooLong.save(file)).hasMessageContaining("cannot write");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Checkpoint.load(file).getLong("step")).isEqualTo(1);
    }

    @Test
    void foreignAndTruncatedFilesAreRejected() throws IOException {
        Path foreign = dir.resolve("foreign.bin");
        Files.writeString(foreign, "hello world, not a checkpoint");
        assertThatThrownBy(() -> Checkpoint.load(foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a VecRL checkpoint (bad magic header)");
        Path good = dir.resolve("good.bin");
        new Checkpoint()
                .putNetwork("q", Networks.mlp(Networks.qNetworkSpec(4, 2), Engine.SIMD, 0))
                .save(good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.bin");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Checkpoint.load(truncated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        Path empty = dir.resolve("empty.bin");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> Checkpoint.load(empty)).hasMessageContaining("truncated");
        Path oldVersion = dir.resolve("v1.bin");
        byte[] v1 = bytes.clone();
        v1[11] = 1;
        Files.write(oldVersion, v1);
        assertThatThrownBy(() -> Checkpoint.load(oldVersion))
                .isInstanceOf(CorruptCheckpointException.class)
                .hasMessage(oldVersion + " is checkpoint format version 1: expected 3 (or the older 2)");
        byte[] v2 = Arrays.copyOf(bytes, bytes.length - 4);
        v2[11] = 2;
        Path badType = dir.resolve("badType.bin");
        byte[] corrupt = v2.clone();
        corrupt[8 + 4 + 4 + 2 + 1] = 9; // magic, version, entry count, UTF name "q", then the type tag
        Files.write(badType, corrupt);
        assertThatThrownBy(() -> Checkpoint.load(badType)).hasMessageContaining("entry 'q' has unknown type 9");
    }

    @Test
    void aChecksumCatchesAFlippedByteAndOldUncheckedFilesStillLoad() throws IOException {
        Path good = dir.resolve("good.ckpt");
        new Checkpoint()
                .putFloats("w", new float[] {1, 2, 3})
                .putLong("step", 7)
                .save(good);
        byte[] bytes = Files.readAllBytes(good);
        Path flipped = dir.resolve("flipped.ckpt");
        byte[] damaged = bytes.clone();
        damaged[8 + 4 + 4 + 2 + 1 + 1 + 4 + 4] ^= 1; // inside the float 2.0 of "w"
        Files.write(flipped, damaged);
        assertThatThrownBy(() -> Checkpoint.load(flipped))
                .isInstanceOf(CorruptCheckpointException.class)
                .hasMessageStartingWith(flipped + " is a damaged or truncated VecRL checkpoint: CRC32C of its "
                        + (bytes.length - 4) + " bytes is ");
        Path cut = dir.resolve("cut.ckpt");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 1));
        assertThatThrownBy(() -> Checkpoint.load(cut))
                .isInstanceOf(CorruptCheckpointException.class)
                .hasMessageContaining(cut + " is a damaged or truncated VecRL checkpoint");
        Path v2 = dir.resolve("v2.ckpt");
        byte[] unchecked = Arrays.copyOf(bytes, bytes.length - 4);
        unchecked[11] = 2;
        Files.write(v2, unchecked);
        Checkpoint old = Checkpoint.load(v2);
        assertThat(old.getFloats("w")).containsExactly(1, 2, 3);
        assertThat(old.getLong("step")).isEqualTo(7);
        Path longer = dir.resolve("longer.ckpt");
        Files.write(longer, Arrays.copyOf(unchecked, unchecked.length + 3));
        assertThatThrownBy(() -> Checkpoint.load(longer))
                .isInstanceOf(CorruptCheckpointException.class)
                .hasMessage(longer + " is a corrupt VecRL checkpoint: 3 bytes after the last entry, expected 0");
    }
}
