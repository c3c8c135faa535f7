package org.vigil.content.awareness.export;

/** Told after each file of an export is written, so a window can show how far it is. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> {};

    void filesWritten(int done, int total);
}
