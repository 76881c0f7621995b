/**
 * Action distributions as engine-neutral batch functions on row-major float[] arrays. Every
 * {@code ...Backward} function applies the chain rule for one output and ADDS into its gradient
 * arrays (like {@link org.vecrl.nn.Mlp#backward}), so several terms can share one gradient buffer.
 */
package org.vecrl.nn.dist;
