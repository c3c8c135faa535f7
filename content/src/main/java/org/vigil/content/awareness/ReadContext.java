package org.vigil.content.awareness;

import java.util.Optional;
import org.vigil.content.json.JsonDocument;
import org.vigil.content.json.JsonFields;

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
    Optional<JsonFields> itemJson(ItemType type, String id) {
        String path = type.folder() + "/" + id + "/item.json";
        String missing = "missing: \"" + id + "\" is listed in " + type.folder() + "/index.txt";
        return JsonDocument.read(source::read, path, missing, problems).map(JsonFields::new);
    }

    /** The item's id, which must be its folder's name so that references find it. */
    static Optional<String> itemId(JsonFields json, String folderId) {
        return json.id(json.root(), "$", "id").filter(id -> {
            if (!id.equals(folderId)) {
                json.report("$.id", "id \"" + id + "\" does not match its folder \"" + folderId + "\"");
                return false;
            }
            return true;
        });
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
