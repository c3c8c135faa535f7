package org.vigil.core.feed;

/**
 * Why a record cannot be read, e.g. "field timestamp: not a date". Parsers throw it while mapping
 * a record and turn it into {@link ParseOutcome.Rejected} with this message; it never leaves a
 * parser. Cheap: no stack trace, since bad records are expected input.
 */
public class InvalidRecord extends RuntimeException {

    public InvalidRecord(String reason) {
        super(reason, null, false, false);
    }

    /** A field (or dotted path) that is missing or unreadable: "field {@code field}: {@code problem}". */
    public static InvalidRecord field(String field, String problem) {
        return new InvalidRecord("field " + field + ": " + problem);
    }
}
