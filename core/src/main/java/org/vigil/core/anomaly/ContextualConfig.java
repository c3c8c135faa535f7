package org.vigil.core.anomaly;

/**
 * How a {@link ContextualDetector} learns.
 *
 * @param valueBits bits per value: values fall in 2^bits levels of the range seen so far
 * @param maxActiveContexts how many of the active contexts carry over into the next step's facts
 * @param maxLeftFacts the most facts on the left side of a context derived from a partial match
 * @param restPeriod points of silence after a score at or above {@code restThreshold}
 * @param restThreshold the raw score that starts a rest period
 * @param maxContexts the most contexts remembered, which bounds memory and time per point; a full
 *     memory is dropped and learning starts afresh
 */
public record ContextualConfig(
        int valueBits, int maxActiveContexts, int maxLeftFacts, int restPeriod, double restThreshold, int maxContexts) {

    /** The configuration used for every stream (and on the whole NAB corpus). */
    public static final ContextualConfig STANDARD = new ContextualConfig(3, 15, 7, 400, 0.75, 4000);

    public ContextualConfig {
        if (valueBits < 1 || valueBits > 8) {
            throw new IllegalArgumentException("valueBits must be 1 to 8: " + valueBits);
        }
        if (maxActiveContexts < 0 || maxLeftFacts < 1 || restPeriod < 0 || maxContexts < 1) {
            throw new IllegalArgumentException("negative or empty contextual configuration");
        }
    }

    void write(StateWriter out) {
        out.writeInt(valueBits)
                .writeInt(maxActiveContexts)
                .writeInt(maxLeftFacts)
                .writeInt(restPeriod)
                .writeDouble(restThreshold)
                .writeInt(maxContexts);
    }

    static ContextualConfig read(StateReader in) {
        return new ContextualConfig(
                in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readInt());
    }
}
