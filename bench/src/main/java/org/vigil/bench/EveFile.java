package org.vigil.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The EVE file a benchmark reads: reused when it has the right number of lines, else generated. */
final class EveFile {

    private EveFile() {}

    /**
     * Makes sure {@code eve} holds {@code events} lines. A file someone named ({@code named}) is never
     * overwritten: it may be a real sensor's log.
     */
    static void prepare(Path eve, long events, boolean named) throws IOException {
        if (Files.isRegularFile(eve)) {
            long lines = countLines(eve);
            if (lines == events) {
                System.out.printf(Locale.ROOT, "reusing %s (%,d events)%n", eve, lines);
                return;
            }
            if (named) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "%s has %,d lines, not %,d: give --events %d, or another --file to generate",
                        eve,
                        lines,
                        events,
                        lines));
            }
            System.out.printf(Locale.ROOT, "%s has %,d lines, not %,d: generating it again%n", eve, lines, events);
        }
        long t0 = System.nanoTime();
        long bytes = new EveGenerator(EveGenerator.DEFAULT_SEED).write(eve, events);
        System.out.printf(
                Locale.ROOT,
                "generated %s: %,d events, %s in %.1f s%n",
                eve,
                events,
                Report.mib(bytes),
                (System.nanoTime() - t0) / 1e9);
    }

    static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** Copies the first {@code lines} lines; returns how many there were. */
    static long copyLines(Path from, Path to, long lines) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = Files.newOutputStream(to)) {
            int read;
            while (copied < lines && (read = in.read(buffer)) > 0) {
                int end = 0;
                while (end < read && copied < lines) {
                    if (buffer[end++] == '\n') {
                        copied++;
                    }
                }
                out.write(buffer, 0, end);
            }
        }
        return copied;
    }

    /** Deletes a workspace file with its write-ahead log and shared-memory files. */
    static void deleteWorkspace(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        Files.deleteIfExists(Path.of(db + "-journal"));
    }
}
