package org.vigil.core.store;

/** A read or write of an open workspace failed; the workspace is unchanged by the failed write. */
public final class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
