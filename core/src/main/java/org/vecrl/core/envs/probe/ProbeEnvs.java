package org.vecrl.core.envs.probe;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.EnvProvider;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.envs.Kwargs;

/**
 * Registers the probe environments {@code Probe1-v0} to {@code Probe5-v0} (discrete actions) and {@code ProbeContinuous4-v0}, {@code ProbeContinuous5-v0} (one action in [-1, 1]). They end
 * by themselves, so they have no time limit; none takes kwargs or renders.
 */
public final class ProbeEnvs implements EnvProvider {

    @Override
    public List<EnvSpec> specs() {
        return List.of(
                probe("Probe1-v0", Probe1::new),
                probe("Probe2-v0", Probe2::new),
                probe("Probe3-v0", Probe3::new),
                probe("Probe4-v0", Probe4::new),
                probe("Probe5-v0", Probe5::new),
                probe("ProbeContinuous4-v0", ProbeContinuous4::new),
                probe("ProbeContinuous5-v0", ProbeContinuous5::new));
    }

    private static EnvSpec probe(String id, Supplier<Env<?, ?>> constructor) {
        return new EnvSpec(
                id,
                kwargs -> {
                    String mode = Kwargs.renderMode(kwargs);
                    if (mode != null) {
                        throw new IllegalArgumentException(
                                "render_mode '" + mode + "' for " + id + ": probes do not render, expected null");
                    }
                    return constructor.get();
                },
                null,
                null,
                false,
                Map.of());
    }
}
