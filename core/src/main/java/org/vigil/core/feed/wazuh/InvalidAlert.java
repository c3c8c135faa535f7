package org.vigil.core.feed.wazuh;

/** Why an alert cannot be read, naming the field; thrown inside the parser, never out of it. */
final class InvalidAlert extends RuntimeException {

    InvalidAlert(String field, String problem) {
        super("field " + field + ": " + problem, null, false, false);
    }
}
