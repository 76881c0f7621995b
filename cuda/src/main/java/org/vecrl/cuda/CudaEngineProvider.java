package org.vecrl.cuda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vecrl.nn.Engine;
import org.vecrl.nn.EngineProvider;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Optimizer;

/** {@link Engine#CUDA} for {@link org.vecrl.nn.Networks} and {@link org.vecrl.nn.Optimizers} (a service). */
public final class CudaEngineProvider implements EngineProvider {

    @Override
    public Engine engine() {
        return Engine.CUDA;
    }

    @Override
    public Mlp mlp(MlpSpec spec, float[] initialParams) {
        CudaDevices.require();
        return new CudaMlp(spec, initialParams);
    }

    @Override
    public Optimizer adam(
            List<Mlp> nets, double lr, double beta1, double beta2, double eps, double weightDecay, double maxGradNorm) {
        CudaDevices.require();
        return new CudaAdam(cudaNets(nets), lr, beta1, beta2, eps, weightDecay, maxGradNorm);
    }

    @Override
    public Optimizer rmsprop(
            List<Mlp> nets, double lr, double alpha, double eps, double weightDecay, double maxGradNorm) {
        CudaDevices.require();
        return new CudaRmsprop(cudaNets(nets), lr, alpha, eps, weightDecay, maxGradNorm);
    }

    private static List<CudaMlp> cudaNets(List<Mlp> nets) {
        List<CudaMlp> cuda = new ArrayList<>(nets.size());
        for (Mlp net : nets) {
            if (!(net instanceof CudaMlp c)) {
                throw new IllegalArgumentException("network " + net.getClass().getName() + " claims engine "
                        + net.engine() + " but is not a CudaMlp");
            }
            cuda.add(c);
        }
        return cuda;
    }

    @Override
    public Map<String, Object> describe() {
        return CudaDevices.info().toMap();
    }
}
