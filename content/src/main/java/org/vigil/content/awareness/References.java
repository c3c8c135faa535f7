package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/**
 * References between items (a slide's illustration, an email's landing page, a look-alike's twin),
 * collected while reading and checked once every index is known, so that order does not matter.
 */
final class References {

    private record Reference(ItemRef target, String file, int line, String path, Optional<Verdict> pairedFrom) {}

    private final List<Reference> references = new ArrayList<>();

    void add(ItemRef target, JsonFields json, String path) {
        references.add(new Reference(target, json.file(), json.lineOf(path), path, Optional.empty()));
    }

    /** A look-alike pair: the target must be of the same type and the opposite verdict. */
    void addPair(ItemRef target, Verdict verdict, JsonFields json, String path) {
        references.add(new Reference(target, json.file(), json.lineOf(path), path, Optional.of(verdict)));
    }

    /**
     * Reports references to items no index lists, and pairs with the same verdict.
     *
     * @param listed the ids each index lists
     * @param verdicts the verdicts of the templates that could be read
     */
    void check(Map<ItemType, Set<String>> listed, Map<ItemRef, Verdict> verdicts, Problems problems) {
        for (Reference reference : references) {
            ItemRef target = reference.target();
            if (!listed.getOrDefault(target.type(), Set.of()).contains(target.id())) {
                problems.add(
                        reference.file(),
                        reference.line(),
                        reference.path(),
                        "no " + describe(target.type()) + " \"" + target.id() + "\": it must be listed in "
                                + target.type().folder() + "/index.txt");
                continue;
            }
            Verdict targetVerdict = verdicts.get(target);
            if (reference.pairedFrom().isPresent()
                    && targetVerdict == reference.pairedFrom().get()) {
                problems.add(
                        reference.file(),
                        reference.line(),
                        reference.path(),
                        "a look-alike pair needs opposite verdicts, but \"" + target.id() + "\" is " + targetVerdict
                                + " too");
            }
        }
    }

    private static String describe(ItemType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
