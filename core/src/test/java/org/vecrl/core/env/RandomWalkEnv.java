package org.vecrl.core.env;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * A well-behaved test environment: a walk on cells {@code 0..length-1}, starting on a random inner
 * cell. Action 1 moves right, 0 left, but with probability {@code slip} the move is reversed.
 * Reaching the right end pays 1 and terminates, the left end terminates with 0. Renders as text
 * ("ansi") or as a {@code length x 1} image ("rgb_array").
 */
final class RandomWalkEnv extends AbstractEnv<float[], Integer> {
    private final int length;
    private final double slip;
    private final Box observationSpace;
    private final Discrete actionSpace = new Discrete(2);
    private int position;

    RandomWalkEnv(Map<String, Object> kwargs) {
        super((String) kwargs.get(EnvSpec.RENDER_MODE));
        this.length = (Integer) kwargs.get("length");
        this.slip = ((Number) kwargs.get("slip")).doubleValue();
        if (length < 3) {
            throw new IllegalArgumentException("length=" + length + ": expected >= 3");
        }
        this.observationSpace = new Box(0f, length - 1, 1);
    }

    @Override
    public List<String> renderModes() {
        return List.of("ansi", "rgb_array");
    }

    @Override
    public Box observationSpace() {
        return observationSpace;
    }

    @Override
    public Discrete actionSpace() {
        return actionSpace;
    }

    @Override
    public Reset<float[]> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        position = 1 + rng().nextInt(length - 2);
        return new Reset<>(new float[] {position}, Map.of());
    }

    @Override
    public Step<float[]> step(Integer action) {
        actionSpace.check(action, "action");
        int move = action == 1 ? 1 : -1;
        position += rng().nextDouble() < slip ? -move : move;
        boolean right = position == length - 1;
        return new Step<>(new float[] {position}, right ? 1 : 0, right || position == 0, false, Map.of());
    }

    @Override
    public Object render() {
        if (renderMode == null) {
            return null;
        }
        if (renderMode.equals("ansi")) {
            return ".".repeat(position) + "x" + ".".repeat(length - 1 - position);
        }
        BufferedImage image = new BufferedImage(length, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(position, 0, 0xffffff);
        return image;
    }
}
