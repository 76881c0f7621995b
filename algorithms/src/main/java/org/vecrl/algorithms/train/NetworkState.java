package org.vecrl.algorithms.train;

import org.vecrl.nn.Mlp;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.OptimizerState;

/** Puts networks and optimizer states into a {@link StateArchive} under a name prefix, and back. */
public final class NetworkState {
    private NetworkState() {}

    /** Stores the parameters of {@code net} as {@code name}. */
    public static void putNetwork(StateArchive out, String name, Mlp net) {
        out.putFloats(name, net.params());
    }

    /** Loads the parameters stored as {@code name} into {@code net}. */
    public static void restoreNetwork(StateArchive in, String name, Mlp net) {
        float[] p = in.getFloats(name);
        if (p.length != net.numParams()) {
            throw new IllegalArgumentException("checkpoint network '" + name + "' has " + p.length + " parameters: expected "
                    + net.numParams() + " for " + net.spec());
        }
        net.setParams(p);
    }

    /** Stores an optimizer's step count and moments under {@code prefix}. */
    public static void putOptimizer(StateArchive out, String prefix, Optimizer optimizer) {
        OptimizerState s = optimizer.state();
        out.putLong(prefix + ".step", s.step());
        out.putLong(prefix + ".count", s.firstMoments().length);
        for (int i = 0; i < s.firstMoments().length; i++) {
            out.putFloats(prefix + ".m." + i, s.firstMoments()[i]);
            out.putFloats(prefix + ".v." + i, s.secondMoments()[i]);
        }
    }

    /** Restores what {@link #putOptimizer} stored. */
    public static void restoreOptimizer(StateArchive in, String prefix, Optimizer optimizer) {
        int n = (int) in.getLong(prefix + ".count");
        float[][] m = new float[n][];
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            m[i] = in.getFloats(prefix + ".m." + i);
            v[i] = in.getFloats(prefix + ".v." + i);
        }
        optimizer.restore(new OptimizerState(in.getLong(prefix + ".step"), m, v));
    }
}
