/**
 * Schedules of a value over environment steps. {@link org.vecrl.core.schedule.LinearSchedule} moves
 * linearly from a start to an end value over a fraction of the run and then stays at the end value;
 * DQN uses it for its exploration rate and for the prioritised-replay exponent.
 *
 * <pre>{@code
 * LinearSchedule epsilon = new LinearSchedule(1.0, 0.05, 0.5, 500_000);
 * double e = epsilon.value(125_000);   // 0.525, halfway down the ramp
 * }</pre>
 */
package org.vecrl.core.schedule;
