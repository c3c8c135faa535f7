package org.vigil.core.correlate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a rule (or a whole file) was not loaded. {@code reason} names the document (its first line in
 * the file) and, where known, the YAML path of the offending entry, e.g. {@code line 12:
 * detection.selection.Image|base64: unsupported modifier 'base64'}.
 */
public record RuleProblem(Path file, String reason) {
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
