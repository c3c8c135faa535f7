package org.vigil.core.feed.telemetry;

/** Why a telemetry record cannot be read, naming the field; thrown inside the parser, never out of it. */
final class InvalidTelemetry extends RuntimeException {

    InvalidTelemetry(String field, String problem) {
        super("field " + field + ": " + problem, null, false, false);
    }
}
