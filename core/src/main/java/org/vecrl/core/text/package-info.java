/**
 * Tokenizers for language models: {@link org.vecrl.core.text.CharTokenizer} (one id per character of the
 * training corpus, as nanoGPT's shakespeare_char) and {@link org.vecrl.core.text.ByteLevelBpe} (GPT-2's
 * byte-level BPE: reads GPT-2's {@code vocab.json}/{@code merges.txt}, or trains its own merges). Both
 * implement {@link org.vecrl.core.text.Tokenizer}, which saves to and loads from a directory.
 *
 * <pre>{@code
 * String corpus = Files.readString(Path.of("input.txt"));
 * Tokenizer chars = CharTokenizer.fromCorpus(corpus);          // vocabulary: sorted distinct characters
 * ByteLevelBpe bpe = ByteLevelBpe.train(corpus, 1024);         // 256 byte tokens + 768 merges
 * int[] ids = bpe.encode("Hello world!");
 * String text = bpe.decode(ids);                               // "Hello world!"
 * bpe.save(Path.of("tokenizer"));                              // vocab.json + merges.txt
 * Tokenizer again = Tokenizer.load(Path.of("tokenizer"));      // a ByteLevelBpe
 * ByteLevelBpe gpt2 = ByteLevelBpe.load(Path.of("gpt2"));     // GPT-2's own files
 * }</pre>
 */
package org.vecrl.core.text;
