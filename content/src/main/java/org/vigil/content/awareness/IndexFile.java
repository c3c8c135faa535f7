package org.vigil.content.awareness;

import java.util.List;
import org.vigil.content.json.IdIndex;

/** A folder's {@code index.txt}: the ids of its items, in the order they are presented. */
final class IndexFile {

    private IndexFile() {}

    static List<String> read(ContentSource source, ItemType type, Problems problems) {
        return List.copyOf(IdIndex.read(
                        source::read,
                        type.folder() + "/index.txt",
                        "missing: each folder lists its items' ids in index.txt, one per line",
                        "is not a valid id: use up to 64 lower-case letters, digits and hyphens",
                        problems)
                .keySet());
    }
}
