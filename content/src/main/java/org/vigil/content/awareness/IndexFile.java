package org.vigil.content.awareness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A folder's {@code index.txt}: the ids of its items, one per line, in the order they are
 * presented; blank lines and lines starting with {@code #} are ignored. The index is how the
 * reader finds items inside a jar, where folders cannot be listed.
 */
final class IndexFile {

    private IndexFile() {}

    static List<String> read(ContentSource source, ItemType type, Problems problems) {
        String path = type.folder() + "/index.txt";
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            problems.add(path, 0, "", "missing: each folder lists its items' ids in index.txt, one per line");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines =
                new String(bytes.get(), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!JsonFile.ID.matcher(line).matches()) {
                problems.add(
                        path,
                        i + 1,
                        "",
                        "\"" + line + "\" is not a valid id: use up to 64 lower-case letters, digits and hyphens");
            } else if (!seen.add(line)) {
                problems.add(path, i + 1, "", "\"" + line + "\" is listed twice");
            } else {
                ids.add(line);
            }
        }
        return ids;
    }
}
