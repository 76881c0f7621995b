package org.vecrl.nn.gpt;

/**
 * How {@link GptModel#generate(int[][], int, SamplingConfig, long)} picks each next token from the logits:
 * greedy (the argmax, the lowest id on ties) when {@code temperature} is 0; otherwise a draw from
 * softmax(logits / temperature) restricted first to the {@code topK} most likely tokens, then to the
 * nucleus of probability mass {@code topP}, as Hugging Face's {@code TemperatureLogitsWarper},
 * {@code TopKLogitsWarper} and {@code TopPLogitsWarper} applied in that order.
 *
 * @param temperature the softmax temperature, finite and ≥ 0; 0 is greedy and ignores topK and topP
 * @param topK keep the tokens whose logit is ≥ the k-th largest (ties at the k-th all stay); 0 keeps all
 * @param topP in (0, 1]: keep the smallest set of most likely tokens whose probability mass (after
 *     temperature and top-k) is ≥ topP, at least one token; among equal probabilities the lower token id
 *     counts as the more likely; 1 keeps all
 */
public record SamplingConfig(double temperature, int topK, double topP) {

    /** Validates every field; the error names the field and its value. */
    public SamplingConfig {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and >= 0, got " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0 (0: no limit), got " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1] (1: no limit), got " + topP);
        }
    }

    /** Greedy decoding: always the most likely token. */
    public static SamplingConfig greedy() {
        return new SamplingConfig(0, 0, 1);
    }

    /** Sampling at {@code temperature} from every token (no top-k, no top-p). */
    public static SamplingConfig of(double temperature) {
        return new SamplingConfig(temperature, 0, 1);
    }

    /** Whether the next token is the argmax, drawing no random number. */
    public boolean isGreedy() {
        return temperature == 0;
    }
}
