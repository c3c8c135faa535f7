package org.vigil.core.correlate;

import java.util.regex.Pattern;

/**
 * Regular-expression matching with a work budget: the text counts every character the engine reads
 * and gives up once the budget is spent, so a pathological pattern (catastrophic backtracking)
 * costs a bounded amount of time and counts as "no match" instead of stalling the correlator.
 */
final class BoundedText implements CharSequence {

    /** Characters the engine may read per match attempt, per character of input (plus a floor). */
    static final long BUDGET_PER_CHAR = 200;

    static final long BUDGET_FLOOR = 100_000;

    private final String text;
    private final int start;
    private final int end;
    private final long[] reads;
    private final long budget;

    private BoundedText(String text, int start, int end, long[] reads, long budget) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.reads = reads;
        this.budget = budget;
    }

    /** Whether the pattern matches the whole text ({@code whole}) or somewhere in it; false when over budget. */
    static boolean matches(Pattern pattern, String text, boolean whole) {
        long budget = BUDGET_FLOOR + BUDGET_PER_CHAR * text.length();
        BoundedText bounded = new BoundedText(text, 0, text.length(), new long[1], budget);
        try {
            var matcher = pattern.matcher(bounded);
            return whole ? matcher.matches() : matcher.find();
        } catch (OverBudget e) {
            return false;
        }
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > budget) {
            throw new OverBudget();
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new BoundedText(text, start + from, start + to, reads, budget);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }

    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("regular expression over budget", null, false, false);
        }
    }
}
