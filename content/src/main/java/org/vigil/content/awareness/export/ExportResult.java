package org.vigil.content.awareness.export;

import java.nio.file.Path;
import java.util.List;

/** Where an export went: the new folder, and every file in it. */
public record ExportResult(Path folder, List<Path> files) {

    public ExportResult {
        files = List.copyOf(files);
    }
}
