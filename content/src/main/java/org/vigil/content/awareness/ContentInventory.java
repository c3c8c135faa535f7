package org.vigil.content.awareness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much content the library holds: items per type, and per type and language (an item counts in
 * a language it has content in), with the splits the content targets are stated in.
 */
public record ContentInventory(
        Map<ItemType, Integer> items,
        Map<ItemType, Map<Language, Integer>> byLanguage,
        Map<Verdict, Integer> emailsByVerdict,
        Map<Audience, Integer> lessonsByAudience) {

    public ContentInventory {
        items = frozen(items, ItemType.class);
        Map<ItemType, Map<Language, Integer>> languages = new EnumMap<>(ItemType.class);
        byLanguage.forEach((type, counts) -> languages.put(type, frozen(counts, Language.class)));
        byLanguage = Collections.unmodifiableMap(languages);
        emailsByVerdict = frozen(emailsByVerdict, Verdict.class);
        lessonsByAudience = frozen(lessonsByAudience, Audience.class);
    }

    static ContentInventory of(AwarenessLibrary library) {
        Map<ItemType, Integer> items = new EnumMap<>(ItemType.class);
        Map<ItemType, Map<Language, Integer>> byLanguage = new EnumMap<>(ItemType.class);
        for (ItemType type : ItemType.values()) {
            items.put(type, 0);
            Map<Language, Integer> counts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                counts.put(language, 0);
            }
            byLanguage.put(type, counts);
        }
        library.illustrations()
                .forEach(i ->
                        tally(items, byLanguage, ItemType.ILLUSTRATION, i.alt().languages()));
        library.templates().forEach(t -> tally(items, byLanguage, t.type(), t.languages()));
        library.lessons()
                .forEach(
                        l -> tally(items, byLanguage, ItemType.LESSON, l.title().languages()));
        Map<Verdict, Integer> emails = new EnumMap<>(Verdict.class);
        library.emails().forEach(e -> emails.merge(e.verdict(), 1, Integer::sum));
        Map<Audience, Integer> lessons = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            lessons.put(audience, (int) library.lessons().stream()
                    .filter(l -> l.audiences().contains(audience))
                    .count());
        }
        return new ContentInventory(items, byLanguage, emails, lessons);
    }

    private static void tally(
            Map<ItemType, Integer> items,
            Map<ItemType, Map<Language, Integer>> byLanguage,
            ItemType type,
            Iterable<Language> languages) {
        items.merge(type, 1, Integer::sum);
        languages.forEach(language -> byLanguage.get(type).merge(language, 1, Integer::sum));
    }

    public int count(ItemType type) {
        return items.getOrDefault(type, 0);
    }

    public int count(ItemType type, Language language) {
        return byLanguage.getOrDefault(type, Map.of()).getOrDefault(language, 0);
    }

    /** The fewest items of a type in any one language: what every language can rely on. */
    public int countInEveryLanguage(ItemType type) {
        return byLanguage.getOrDefault(type, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .min()
                .orElse(0);
    }

    public int emails(Verdict verdict) {
        return emailsByVerdict.getOrDefault(verdict, 0);
    }

    public int lessons(Audience audience) {
        return lessonsByAudience.getOrDefault(audience, 0);
    }

    /** A plain-text table, one row per type, one column per language. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format("%-14s %5s", "type", "items"));
        for (Language language : Language.values()) {
            table.append(String.format(" %4s", language.tag()));
        }
        for (ItemType type : ItemType.values()) {
            table.append(String.format("%n%-14s %5d", type.folder(), count(type)));
            for (Language language : Language.values()) {
                table.append(String.format(" %4d", count(type, language)));
            }
        }
        return table.toString();
    }

    private static <K extends Enum<K>, V> Map<K, V> frozen(Map<K, V> map, Class<K> type) {
        Map<K, V> copy = new EnumMap<>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
