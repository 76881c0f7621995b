package org.vecrl.core.env;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * A test environment with the defects named in its {@code defects} kwarg (comma-separated):
 * {@code spaces} (null spaces), {@code obs} (observations outside the space), {@code reward} (NaN
 * rewards), {@code info} (null info maps), {@code seeding} (ignores the seed), {@code render}
 * (renders "ansi" as an Integer), {@code throw} (step throws). Without defects it is a coin-flip env that ends after 5 steps.
 */
final class BrokenEnv extends AbstractEnv<float[], Integer> {
    private final List<String> defects;
    private final RandomGenerator unseeded = Seeding.generator(null);
    private int t;

    BrokenEnv(Map<String, Object> kwargs) {
        super((String) kwargs.get(EnvSpec.RENDER_MODE));
        String list = (String) kwargs.get("defects");
        this.defects = list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private boolean has(String defect) {
        return defects.contains(defect);
    }

    @Override
    public List<String> renderModes() {
        return List.of("ansi", "human");
    }

    @Override
    public Box observationSpace() {
        return has("spaces") ? null : new Box(0f, 1f, 1);
    }

    @Override
    public Discrete actionSpace() {
        return has("spaces") ? null : new Discrete(2);
    }

    private float[] observation() {
        float v = has("seeding") ? unseeded.nextFloat() : rng().nextFloat();
        return new float[] {has("obs") ? v + 2f : v};
    }

    @Override
    public Reset<float[]> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        t = 0;
        return new Reset<>(observation(), has("info") ? null : Map.of());
    }

    @Override
    public Step<float[]> step(Integer action) {
        if (has("throw")) {
            throw new IllegalStateException("boom");
        }
        t++;
        return new Step<>(
                observation(), has("reward") ? Double.NaN : 1.0, t == 5, false, has("info") ? null : Map.of());
    }

    @Override
    public Object render() {
        return has("render") ? Integer.valueOf(42) : "t=" + t;
    }
}
