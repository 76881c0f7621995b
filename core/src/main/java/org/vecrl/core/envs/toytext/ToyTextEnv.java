package org.vecrl.core.envs.toytext;

import java.util.Map;
import org.vecrl.core.envs.tabular.TabularEnv;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.envs.tabular.Transition;

/** Base of Gymnasium's toy-text environments: a sampled {@link TabularModel} whose infos carry {@code "prob"}. */
abstract class ToyTextEnv extends TabularEnv {

    ToyTextEnv(TabularModel model, String renderMode) {
        super(model, renderMode);
    }

    @Override
    protected Map<String, Object> resetInfo() {
        return Map.of("prob", 1.0);
    }

    @Override
    protected Map<String, Object> stepInfo(Transition t) {
        return Map.of("prob", t.prob());
    }
}
