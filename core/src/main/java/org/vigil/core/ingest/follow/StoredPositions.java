package org.vigil.core.ingest.follow;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.store.EventRepository;

/**
 * Where a file found by the follower should be read from: the position stored for it if it is still the same
 * file, or 0. A file renamed while Vigil was stopped (eve.json to eve.json.1, both in a followed folder) resumes
 * from the position stored under its old name, found by its identity.
 */
final class StoredPositions {

    private final EventRepository events;
    /** Positions of the files seen at the first poll that no file has resumed from yet. */
    private final Map<String, ReadPosition> unclaimed = new HashMap<>();

    StoredPositions(EventRepository events) {
        this.events = events;
    }

    /** Called once, with the files present when following starts. */
    void load(List<Path> files) {
        for (Path file : files) {
            events.readPosition(file.toString()).ifPresent(p -> unclaimed.put(p.source(), p));
        }
    }

    long offsetFor(FileSnapshot file) {
        String source = file.path().toString();
        Optional<ReadPosition> own = Optional.ofNullable(unclaimed.get(source)).or(() -> events.readPosition(source));
        if (own.isPresent() && resumes(file, own.get(), false)) {
            unclaimed.remove(source);
            return own.get().offset();
        }
        for (Iterator<ReadPosition> it = unclaimed.values().iterator(); it.hasNext(); ) {
            ReadPosition other = it.next();
            if (!other.source().equals(source) && resumes(file, other, true)) {
                it.remove();
                return other.offset();
            }
        }
        return 0;
    }

    private static boolean resumes(FileSnapshot file, ReadPosition position, boolean renamed) {
        Optional<FileIdentity> identity = FileIdentity.parse(position.fileIdentity());
        return identity.isPresent()
                && (renamed ? file.isRenamed(identity.get()) : file.mayBe(identity.get()))
                && file.size() >= position.offset();
    }
}
