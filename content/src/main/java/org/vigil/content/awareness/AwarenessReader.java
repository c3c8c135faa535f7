package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates an awareness library (format: docs/content-format.md): every index, every
 * item's files, the references between items, and every check on the content — languages, template
 * variables, red-flag anchors, inert HTML, reserved domains, the illustration style — reporting each
 * problem with file, line, path and reason.
 */
public final class AwarenessReader {

    public AwarenessReadResult read(ContentSource source) {
        Problems problems = new Problems();
        References references = new References();
        ReadContext context = new ReadContext(source, problems, references);
        Map<ItemType, List<String>> index = new EnumMap<>(ItemType.class);
        for (ItemType type : ItemType.values()) {
            index.put(type, IndexFile.read(source, type, problems));
        }
        List<Illustration> illustrations =
                readAll(index.get(ItemType.ILLUSTRATION), new IllustrationReader(context)::read);
        List<EmailTemplate> emails = readAll(index.get(ItemType.EMAIL), new EmailReader(context)::read);
        List<LandingPage> pages = readAll(index.get(ItemType.LANDING_PAGE), new PageReader(context)::read);
        List<TermsDocument> terms = readAll(index.get(ItemType.TERMS), new TermsReader(context)::read);
        List<SocialPost> posts = readAll(index.get(ItemType.POST), new PostReader(context)::read);
        List<Lesson> lessons = readAll(index.get(ItemType.LESSON), new LessonReader(context)::read);
        AwarenessLibrary library = new AwarenessLibrary(illustrations, emails, pages, terms, posts, lessons);

        Map<ItemType, Set<String>> listed = new EnumMap<>(ItemType.class);
        index.forEach((type, ids) -> listed.put(type, new HashSet<>(ids)));
        Map<ItemRef, Verdict> verdicts = new HashMap<>();
        library.templates().forEach(t -> verdicts.put(new ItemRef(t.type(), t.id()), t.verdict()));
        references.check(listed, verdicts, problems);
        UnlistedFiles.check(source, index, problems);
        return new AwarenessReadResult(library, problems.all());
    }

    /**
     * Only the named items, of any type, with the checks each item's own reader makes but none
     * across items (references, unlisted files): for a process that plays a round already dealt
     * from a library validated as a whole, where reading everything would cost seconds. A name no
     * index lists is a problem.
     */
    public AwarenessReadResult readOnly(ContentSource source, Set<String> ids) {
        Problems problems = new Problems();
        ReadContext context = new ReadContext(source, problems, new References());
        Map<ItemType, List<String>> index = new EnumMap<>(ItemType.class);
        Set<String> found = new HashSet<>();
        for (ItemType type : ItemType.values()) {
            List<String> wanted = IndexFile.read(source, type, problems).stream()
                    .filter(ids::contains)
                    .toList();
            index.put(type, wanted);
            found.addAll(wanted);
        }
        ids.stream()
                .filter(id -> !found.contains(id))
                .sorted()
                .forEach(id -> problems.add("index.txt", 0, "", "no index lists \"" + id + "\""));
        AwarenessLibrary library = new AwarenessLibrary(
                readAll(index.get(ItemType.ILLUSTRATION), new IllustrationReader(context)::read),
                readAll(index.get(ItemType.EMAIL), new EmailReader(context)::read),
                readAll(index.get(ItemType.LANDING_PAGE), new PageReader(context)::read),
                readAll(index.get(ItemType.TERMS), new TermsReader(context)::read),
                readAll(index.get(ItemType.POST), new PostReader(context)::read),
                readAll(index.get(ItemType.LESSON), new LessonReader(context)::read));
        return new AwarenessReadResult(library, problems.all());
    }

    /** Only the problems, for checking content. */
    public List<ContentProblem> validate(ContentSource source) {
        return read(source).problems();
    }

    private static <T> List<T> readAll(List<String> ids, Function<String, Optional<T>> reader) {
        List<T> items = new ArrayList<>();
        ids.forEach(id -> reader.apply(id).ifPresent(items::add));
        return items;
    }
}
