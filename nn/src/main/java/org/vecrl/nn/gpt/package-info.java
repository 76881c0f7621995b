/**
 * A GPT-2-compatible language model in plain Java: {@link org.vecrl.nn.gpt.GptConfig} (GPT-2 small's
 * shape by default), {@link org.vecrl.nn.gpt.GptModel} (the forward pass of Hugging Face
 * {@code GPT2LMHeadModel}, GPT-2's random initialisation, KV-cached generation of B sequences at once
 * with a {@link org.vecrl.nn.gpt.SamplingConfig}) and
 * {@link org.vecrl.nn.gpt.SafeTensors}, which reads and writes Hugging Face's safetensors checkpoints.
 * Training is not built yet.
 *
 * <pre>{@code
 * GptModel gpt2 = GptModel.load(Path.of("gpt2/model.safetensors"), GptConfig.gpt2Small());
 * GptOutput out = gpt2.forward(tokens, batch, seqLen);        // out.logits() [batch, seqLen, 50257]
 * double loss = out.meanCrossEntropy(nextTokens);
 * int[] text = gpt2.generate(prompt, 50, 0.8, 40, 1L);        // prompt + 50 sampled tokens
 * int[][] texts = gpt2.generate(prompts, 30, new SamplingConfig(1.0, 0, 0.9), 1L);  // B prompts at once
 *
 * GptModel tiny = GptModel.random(new GptConfig(65, 256, 6, 6, 384), 1L);
 * tiny.save(Path.of("tiny.safetensors"));
 * }</pre>
 */
package org.vecrl.nn.gpt;
