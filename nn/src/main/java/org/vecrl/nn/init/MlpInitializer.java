package org.vecrl.nn.init;

import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.MlpSpec;

/**
 * Draws the initial flat parameter vector of an MLP from (spec, seed), so that every engine starts
 * from the same numbers. Layers are filled in order, W before b, from one seeded generator.
 */
public final class MlpInitializer {

    private MlpInitializer() {}

    /** The initial parameters of {@code spec} in the flat layout. */
    public static float[] initialParams(MlpSpec spec, long seed) {
        RandomGenerator rng = Seeding.generator(seed);
        float[] params = new float[spec.numParams()];
        for (int l = 0; l < spec.numLayers(); l++) {
            int in = spec.layerIn(l);
            int out = spec.layerOut(l);
            LayerInit init = spec.layerInit(l);
            int w = spec.weightOffset(l);
            switch (init.kind()) {
                case ORTHOGONAL -> Orthogonal.fill(params, w, in, out, init.gain(), rng);
                case TORCH_DEFAULT -> {
                    double bound = init.gain() / Math.sqrt(in);
                    for (int k = 0; k < in * out + out; k++) {
                        params[w + k] = (float) ((2 * rng.nextDouble() - 1) * bound);
                    }
                }
            }
        }
        return params;
    }
}
