package org.vigil.visual.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Writes a report's files so that a reader never meets half of one: each goes to a temporary file
 * beside its target, and only when all are written are they moved into place. A failure or a cancel
 * before that removes the temporary files and leaves the targets as they were.
 */
final class AtomicWrites {

    /** Writes every file, in order; returns the targets. */
    List<Path> write(Map<Path, byte[]> files) throws IOException {
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                Path temp = temporaryBeside(target);
                moves.add(new Path[] {temp, target});
                Files.write(temp, file.getValue());
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled before the report was moved into place");
            }
            for (Path[] move : moves) {
                move(move[0], move[1]);
            }
        } catch (IOException | RuntimeException e) {
            for (Path[] move : moves) {
                try {
                    Files.deleteIfExists(move[0]);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        return moves.stream().map(m -> m[1]).toList();
    }

    /** A temporary file in the target's folder (so the move is a rename); a refusal names the target. */
    private static Path temporaryBeside(Path target) throws IOException {
        try {
            return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, e.getReason());
        }
    }

    /** Moves the file into place; a failure names the target, not the temporary file. */
    private static void move(Path temp, Path target) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            if (Files.isDirectory(target)) {
                throw new DirectoryNotEmptyException(target.toString());
            }
            throw new FileSystemException(target.toString(), null, e.getReason());
        }
    }
}
