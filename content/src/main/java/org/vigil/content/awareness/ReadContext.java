package org.vigil.content.awareness;

import java.util.Optional;

/** What every item reader shares while the library is read: the files, the problems, the references. */
final class ReadContext {

    final ContentSource source;
    final Problems problems;
    final References references;

    ReadContext(ContentSource source, Problems problems, References references) {
        this.source = source;
        this.problems = problems;
        this.references = references;
    }

    /** An item's item.json, parsed; missing or broken ones are reported. */
    Optional<JsonFile> itemJson(ItemType type, String id) {
        String path = type.folder() + "/" + id + "/item.json";
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            problems.add(path, 0, "", "missing: \"" + id + "\" is listed in " + type.folder() + "/index.txt");
            return Optional.empty();
        }
        return JsonFile.parse(path, bytes.get(), problems);
    }

    /** A file that must exist; a missing one is reported with {@code why}. */
    Optional<byte[]> required(String path, String why) {
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            problems.add(path, 0, "", "missing: " + why);
        }
        return bytes;
    }
}
