package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/** Reads an illustration: {@code illustrations/<id>/item.json} and its drawing {@code image.svg}. */
final class IllustrationReader {

    private final ReadContext context;

    IllustrationReader(ReadContext context) {
        this.context = context;
    }

    Optional<Illustration> read(String id) {
        String folder = ItemType.ILLUSTRATION.folder() + "/" + id + "/";
        Optional<byte[]> svg = context.required(folder + "image.svg", "every illustration needs its drawing");
        svg.ifPresent(bytes -> SvgStyle.check(bytes)
                .forEach(f -> context.problems.add(folder + "image.svg", f.line(), f.where(), f.reason())));
        Optional<JsonFields> parsed = context.itemJson(ItemType.ILLUSTRATION, id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields json = parsed.get();
        JsonNode root = json.root();
        json.allowOnly(root, "$", Set.of("formatVersion", "id", "subject", "tags", "alt"));
        json.formatVersion();
        Optional<String> itemId = ReadContext.itemId(json, id);
        Optional<IllustrationSubject> subject = json.enumValue(root, "$", "subject", IllustrationSubject.class);
        List<String> tags = json.strings(root, "$", "tags");
        Optional<LocalizedText> alt = LocalizedFields.required(json, root, "$", "alt");
        if (itemId.isEmpty() || subject.isEmpty() || alt.isEmpty() || svg.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Illustration(
                id,
                subject.get(),
                tags,
                alt.get(),
                folder + "image.svg",
                new String(svg.get(), StandardCharsets.UTF_8)));
    }
}
