package org.vigil.core.training;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A participant's pseudonymous code, such as {@code TEAM-B-07}: 3 to 32 letters, digits and dashes,
 * so results can be followed over time without a name ever being stored. The allowed characters
 * leave no room for spaces, so a full name cannot slip in.
 */
public record ParticipantCode(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9-]*");

    /** Why a text is not a participant code. */
    public enum Problem {
        EMPTY,
        TOO_SHORT,
        TOO_LONG,
        NOT_LETTERS_DIGITS_DASHES
    }

    public ParticipantCode {
        Objects.requireNonNull(value, "value");
        Optional<Problem> problem = check(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(describe(value, problem.get()));
        }
    }

    /** What is wrong with a text as a participant code, if anything. Surrounding blanks count. */
    public static Optional<Problem> check(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (!ALLOWED.matcher(text).matches()) {
            return Optional.of(Problem.NOT_LETTERS_DIGITS_DASHES);
        }
        if (text.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    static String describe(String text, Problem problem) {
        return switch (problem) {
            case EMPTY -> "a participant code is needed";
            case TOO_SHORT, TOO_LONG ->
                "a participant code has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, not " + text.length();
            case NOT_LETTERS_DIGITS_DASHES ->
                "a participant code holds only letters, digits and dashes: \"" + text + "\"";
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
