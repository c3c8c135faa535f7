package org.vigil.core.feed.cef;

/** Why a record is not readable CEF, naming the part; thrown inside the parser, never out of it. */
final class InvalidCef extends RuntimeException {

    InvalidCef(String reason) {
        super(reason, null, false, false);
    }
}
