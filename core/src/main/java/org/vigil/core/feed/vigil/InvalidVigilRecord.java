package org.vigil.core.feed.vigil;

/** Why a Vigil record cannot be read, naming the field; thrown inside the parser, never out of it. */
final class InvalidVigilRecord extends RuntimeException {

    InvalidVigilRecord(String field, String problem) {
        super("field " + field + ": " + problem, null, false, false);
    }
}
