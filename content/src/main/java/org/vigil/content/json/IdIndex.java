package org.vigil.content.json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An {@code index.txt}: ids one per line, in the order they are presented; blank lines and lines
 * starting with {@code #} are skipped. Readers find content through an index because folders inside
 * a jar cannot be listed.
 */
public final class IdIndex {

    private IdIndex() {}

    /**
     * The valid ids in order, each with its line. A missing file is reported with {@code missing}, an
     * invalid id as {@code "id" <notValid>}, a repeated one as listed twice.
     */
    public static Map<String, Integer> read(
            Function<String, Optional<byte[]>> source,
            String file,
            String missing,
            String notValid,
            ProblemSink problems) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        Optional<byte[]> bytes = source.apply(file);
        if (bytes.isEmpty()) {
            problems.add(file, 0, "", missing);
            return ids;
        }
        List<String> lines =
                new String(bytes.get(), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).strip();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            if (!JsonFields.ID.matcher(id).matches()) {
                problems.add(file, i + 1, "", "\"" + id + "\" " + notValid);
            } else if (ids.putIfAbsent(id, i + 1) != null) {
                problems.add(file, i + 1, "", "\"" + id + "\" is listed twice");
            }
        }
        return ids;
    }
}
