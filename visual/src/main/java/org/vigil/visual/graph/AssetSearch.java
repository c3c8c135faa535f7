package org.vigil.visual.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds assets by name or id as the analyst types: case and accents do not matter ("sao" finds
 * "São"), names that start with the query come before names that merely contain it.
 */
public final class AssetSearch {

    /** One asset to offer: its id and the name shown. */
    public record Hit(String assetId, String label) {
        public Hit {
            Objects.requireNonNull(assetId, "assetId");
            Objects.requireNonNull(label, "label");
        }

        /** What the suggestion list shows: the name, and the id where it says more. */
        @Override
        public String toString() {
            return label.equals(assetId) ? label : label + " (" + assetId + ")";
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Entry(Hit hit, String name, String id) {}

    private final List<Entry> entries;

    public AssetSearch(List<Hit> assets) {
        entries = assets.stream()
                .map(h -> new Entry(h, fold(h.label()), fold(h.assetId())))
                .toList();
    }

    /** Up to {@code limit} assets matching the query, best first; none for a blank query. */
    public List<Hit> matches(String query, int limit) {
        String wanted = fold(query == null ? "" : query.strip());
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.name().contains(wanted) || entry.id().contains(wanted)) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparingInt((Entry e) -> rank(e, wanted))
                .thenComparing(e -> e.name())
                .thenComparing(e -> e.id()));
        return found.stream().limit(limit).map(Entry::hit).toList();
    }

    /** The asset a chosen suggestion or typed text names exactly (by its shown text, name or id), if any. */
    public Optional<Hit> exactly(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = fold(text.strip());
        return entries.stream()
                .filter(e ->
                        fold(e.hit().toString()).equals(wanted) || e.name().equals(wanted) || e.id().equals(wanted))
                .map(Entry::hit)
                .findFirst();
    }

    private static int rank(Entry entry, String wanted) {
        if (entry.name().equals(wanted) || entry.id().equals(wanted)) {
            return 0;
        }
        return entry.name().startsWith(wanted) || entry.id().startsWith(wanted) ? 1 : 2;
    }

    /** Lower case without accents, so that typing needs neither. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
