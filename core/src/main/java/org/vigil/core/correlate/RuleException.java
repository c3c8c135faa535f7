package org.vigil.core.correlate;

/** A rule cannot be used; {@code path} is the YAML path of the offending entry, or empty. */
final class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    RuleException(String path, String message) {
        super(message);
        this.path = path == null ? "" : path;
    }

    String path() {
        return path;
    }

    /** "path: message", or just the message when the path is unknown. */
    String describe() {
        return path.isEmpty() ? getMessage() : path + ": " + getMessage();
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
