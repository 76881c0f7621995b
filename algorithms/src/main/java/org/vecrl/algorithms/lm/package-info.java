/**
 * Language-model pretraining (nanoGPT's {@code train.py} on VecRL's GPT): {@link org.vecrl.algorithms.lm.PretrainConfig}
 * (snake_case keys, presets under {@code presets/lm/}), the data pipeline ({@link org.vecrl.algorithms.lm.Corpus},
 * {@link org.vecrl.algorithms.lm.TokenizerSpec}, {@link org.vecrl.algorithms.lm.TokenSplits},
 * {@link org.vecrl.algorithms.lm.Windows}), the learning-rate schedule, the run loop
 * ({@link org.vecrl.algorithms.lm.Pretraining}) and loading a trained model to sample or evaluate
 * ({@link org.vecrl.algorithms.lm.LanguageModel}).
 */
package org.vecrl.algorithms.lm;
