package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.vector.VectorEnv;

/**
 * Proximal policy optimisation (clipped surrogate, CleanRL semantics), registered as {@code "ppo"}.
 * CleanRL's {@code ppo.py}, line by line, and where each step lives here:
 * <ul>
 *   <li>{@code envs = gym.vector.SyncVectorEnv(...)}, {@code next_obs = envs.reset(seed)}: the
 *       training run's vector env ({@code Envs.makeVec}), reset with the run seed;</li>
 *   <li>{@code agent = Agent(envs)} (orthogonal init, tanh MLPs), {@code optim.Adam(eps=1e-5)}:
 *       {@link ActorCriticNetworks#create}, the Adam built in {@link PpoLearner}'s constructor;</li>
 *   <li>{@code if args.anneal_lr: lrnow = frac * args.learning_rate}: {@link OnPolicyLearner#iterate};</li>
 *   <li>{@code for step in range(num_steps): action, logprob, _, value = agent.get_action_and_value(next_obs);
 *       envs.step(action)}: {@link RolloutCollector#collect} (which also bootstraps time-limit
 *       truncations from V(final observation), where CleanRL treats them as terminal unless
 *       {@code truncation=treat_as_termination});</li>
 *   <li>{@code next_value = agent.get_value(next_obs)}, the GAE loop:
 *       {@link RolloutCollector#bootstrapValues}, {@link org.vecrl.core.buffer.Gae};</li>
 *   <li>{@code for epoch in range(update_epochs): np.random.shuffle(b_inds); for start in ...}:
 *       {@link PpoLearner#update};</li>
 *   <li>{@code ratio}, {@code approx_kl}, {@code clipfracs}, {@code mb_advantages} normalisation,
 *       {@code pg_loss}, {@code v_loss} (clipped), {@code entropy_loss}, {@code loss.backward()}:
 *       {@link PpoObjective#compute} and {@link MinibatchGradient#compute};</li>
 *   <li>{@code clip_grad_norm_}, {@code optimizer.step()}: {@link OnPolicyLearner#gradientStep};</li>
 *   <li>{@code if approx_kl > target_kl: break}: {@link PpoLearner#update};</li>
 *   <li>{@code explained_var}, {@code writer.add_scalar(...)}: {@link OnPolicyLearner#iterate} and the
 *       training run's metrics log.</li>
 * </ul>
 */
public final class Ppo extends OnPolicyAlgorithm<PpoHyperparameters> {

    @Override
    public String name() {
        return "ppo";
    }

    @Override
    public Class<PpoHyperparameters> hyperparametersType() {
        return PpoHyperparameters.class;
    }

    @Override
    public Learner createLearner(RunSettings run, PpoHyperparameters hyperparameters, VectorEnv env) {
        return new PpoLearner(run, hyperparameters, env);
    }
}
