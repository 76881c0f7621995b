/**
 * Schedules of a value over a run. {@link org.vecrl.core.schedule.LinearSchedule} moves linearly from
 * a start to an end value over a fraction of the run and then stays at the end value; a step may be an
 * environment step (DQN's exploration rate and prioritised-replay exponent), an update (the annealed
 * learning rate of the policy-gradient learners) or an episode (tabular schedules).
 *
 * <pre>{@code
 * LinearSchedule epsilon = new LinearSchedule(1.0, 0.05, 0.5, 500_000);
 * double e = epsilon.value(125_000);   // 0.525, halfway down the ramp
 * }</pre>
 */
package org.vecrl.core.schedule;
