package org.vecrl.core.env;

import java.util.List;
import java.util.Map;

/**
 * A third-party provider as a plugin would write one, found through
 * {@code META-INF/services/org.vecrl.core.env.EnvProvider} in the test resources.
 */
public final class TestEnvProvider implements EnvProvider {
    static final String WALK_V1 = "TestWalk-v1";
    static final String WALK_V2 = "TestWalk-v2";
    static final String BROKEN = "TestBroken-v0";
    static final String BAD_RENDER = "TestBadRender-v0";

    @Override
    public List<EnvSpec> specs() {
        return List.of(
                new EnvSpec(WALK_V1, RandomWalkEnv::new, 20, 0.9, false, Map.of("length", 7, "slip", 0.1)),
                new EnvSpec(WALK_V2, RandomWalkEnv::new, 50, null, false, Map.of("length", 9, "slip", 0.2)),
                new EnvSpec(BROKEN, BrokenEnv::new, null, null, false, Map.of("defects", "")),
                new EnvSpec(BAD_RENDER, BrokenEnv::new, null, null, false, Map.of("defects", "render")));
    }
}
