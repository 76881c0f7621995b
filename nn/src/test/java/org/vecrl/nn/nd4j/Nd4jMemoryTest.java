package org.vecrl.nn.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Networks;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

/**
 * Long-run memory check of the ND4J engine: thousands of PPO-sized training steps (forward,
 * backward, Adam on actor and critic at batch 128) must reach a plateau. ND4J frees native buffers
 * only when the GC collects their Java objects, so resident memory first climbs (measured under
 * the surefire settings, -Xmx1g and ParallelGC: about 1.5 GB after ~5,000 steps, heap included)
 * and then stays flat; a leak keeps climbing after the warm-up.
 */
class Nd4jMemoryTest {

    private static final int BATCH = 128;
    private static final int WARMUP_STEPS = 6000;
    private static final int STEPS = 6000;
    private static final long MAX_GROWTH_BYTES = 200L << 20;
    private static final long MAX_RESIDENT_BYTES = 2560L << 20;

    @Test
    void residentMemoryStaysBoundedOverThousandsOfTrainingSteps() {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "needs Linux /proc to read resident memory");
        Mlp actor = Networks.mlp(Networks.actorSpec(4, 2), Engine.ND4J, 1);
        Mlp critic = Networks.mlp(Networks.criticSpec(4), Engine.ND4J, 2);
        Optimizer adam = Optimizers.adam(List.of(actor, critic), 2.5e-4, 0.9, 0.999, 1e-5, 0.0, 0.5);
        SplittableRandom rng = new SplittableRandom(3);
        float[] obs = new float[BATCH * 4];
        float[] logits = new float[BATCH * 2];
        float[] values = new float[BATCH];
        float[] gradLogits = new float[BATCH * 2];
        float[] gradValues = new float[BATCH];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < gradLogits.length; i++) {
            gradLogits[i] = (float) (rng.nextGaussian() * 1e-3);
        }
        for (int i = 0; i < gradValues.length; i++) {
            gradValues[i] = (float) (rng.nextGaussian() * 1e-3);
        }
        Runnable step = () -> {
            actor.zeroGrad();
            critic.zeroGrad();
            actor.forwardTrain(obs, BATCH, logits);
            critic.forwardTrain(obs, BATCH, values);
            actor.backward(gradLogits, BATCH);
            critic.backward(gradValues, BATCH);
            adam.step();
        };
        for (int i = 0; i < WARMUP_STEPS; i++) {
            step.run();
        }
        long before = residentBytes(status);
        for (int i = 0; i < STEPS; i++) {
            step.run();
        }
        long after = residentBytes(status);
        assertThat(after - before)
                .as(
                        "resident memory growth over %d ND4J training steps after the warm-up (before %d MB, after %d MB)",
                        STEPS, before >> 20, after >> 20)
                .isLessThan(MAX_GROWTH_BYTES);
        assertThat(after)
                .as("resident memory after %d steps", WARMUP_STEPS + STEPS)
                .isLessThan(MAX_RESIDENT_BYTES);
        assertThat(values).doesNotContain(Float.NaN);
    }

    private static long residentBytes(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + status, e);
        }
        throw new IllegalStateException("no VmRSS line in " + status);
    }
}
