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
    void roundTripRestoresNetworksOptimizerStatsRngCountersAndConfig() {
        Mlp actor = Networks.mlp(Networks.actorSpec(4, 2), Engine.SIMD, 1);
        Optimizer opt = Optimizers.adam(List.of(actor), 1e-3, 0.9, 0.999, 1e-5, 0, 0.5);
        actor.setGrads(MlpTest.randoms(actor.numParams(), 5));
        opt.step();
        Path file = dir.resolve("ckpt/step-10.bin");
        new Checkpoint()
                .putNetwork("actor", actor)
                .putParams("logStd", new float[] {-0.5f, 0.25f})
                .putOptimizer("adam", opt.state())
                .putStats("obsNorm", new double[] {0.1, 2.5, 1e300})
                .putRngState("agent", 42L, 17L)
                .putCounter("globalStep", 1234L)
                .config("lr: 0.00025\nseed: 1\n")
                .save(file);

        Checkpoint loaded = Checkpoint.load(file);
        Mlp fresh = Networks.mlp(Networks.actorSpec(4, 2), Engine.ND4J, 99);
        loaded.loadNetwork("actor", fresh);
        assertThat(fresh.params()).containsExactly(actor.params());
        assertThat(loaded.params("logStd")).containsExactly(-0.5f, 0.25f);
        OptimizerState state = loaded.optimizer("adam");
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.firstMoments()[0]).containsExactly(opt.state().firstMoments()[0]);
        assertThat(state.secondMoments()[0]).containsExactly(opt.state().secondMoments()[0]);
        Optimizers.adam(List.of(fresh), 1e-3, 0.9, 0.999, 1e-5, 0, 0.5).restore(state);
        assertThat(loaded.stats("obsNorm", 3)).containsExactly(0.1, 2.5, 1e300);
        assertThat(loaded.rngState("agent")).containsExactly(42L, 17L);
        assertThat(loaded.counter("globalStep")).isEqualTo(1234L);
        assertThat(loaded.config()).isEqualTo("lr: 0.00025\nseed: 1\n");
    }

    @Test
    void loadingIntoAnotherArchitectureNamesTheMismatch() {
        Path file = dir.resolve("c.bin");
        new Checkpoint().putNetwork("actor", Networks.mlp(Networks.actorSpec(4, 2), Engine.SIMD, 1))
                .putStats("obsNorm", new double[4]).save(file);
        Checkpoint c = Checkpoint.load(file);
        assertThatThrownBy(() -> c.loadNetwork("actor", Networks.mlp(Networks.criticSpec(4), Engine.SIMD, 1)))
                .hasMessageContaining("'actor'").hasMessageContaining("4-64-64-2 TANH (4610 parameters)")
                .hasMessageContaining("4-64-64-1 TANH (4545 parameters)");
        MlpSpec reluActor = new MlpSpec(4, new int[] {64, 64}, 2, Activation.RELU, LayerInit.orthogonal(1),
                LayerInit.orthogonal(1));
        assertThatThrownBy(() -> c.loadNetwork("actor", Networks.mlp(reluActor, Engine.SIMD, 1)))
                .hasMessageContaining("4-64-64-2 RELU");
        assertThatThrownBy(() -> c.loadNetwork("critic", Networks.mlp(Networks.criticSpec(4), Engine.SIMD, 1)))
                .hasMessageContaining("no network parameters named 'critic'").hasMessageContaining("[actor]");
        assertThatThrownBy(() -> c.stats("obsNorm", 5)).hasMessageContaining("length 4: expected 5");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("c.bin");
        new Checkpoint().putCounter("step", 1).save(file);
        byte[] before = Files.readAllBytes(file);
        Checkpoint tooLong = new Checkpoint().putCounter("x".repeat(70_000), 2);
        assertThatThrownBy(() -> tooLong.save(file)).hasMessageContaining("cannot write");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Checkpoint.load(file).counter("step")).isEqualTo(1);
    }

    @Test
    void foreignAndTruncatedFilesAreRejected() throws IOException {
        Path foreign = dir.resolve("foreign.bin");
        Files.writeString(foreign, "hello world, not a checkpoint");
        assertThatThrownBy(() -> Checkpoint.load(foreign)).hasMessageContaining("not a VecRL checkpoint");
        Path good = dir.resolve("good.bin");
        new Checkpoint().putNetwork("q", Networks.mlp(Networks.qNetworkSpec(4, 2), Engine.SIMD, 0)).save(good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.bin");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Checkpoint.load(truncated)).hasMessageContaining("truncated");
    }
}
