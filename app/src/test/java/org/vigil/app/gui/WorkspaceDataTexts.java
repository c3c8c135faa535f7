package org.vigil.app.gui;

import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.core.feed.Entity;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentNote;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.store.Workspace;

/**
 * The texts a screen may show untranslated because they are data, read from the workspace rather
 * than guessed: names, ids, descriptions and translations of scenarios, organisations, monitors and
 * assets; asset tags and identifiers; incidents' ids, titles (a rule's title is translated by its rule
 * pack, not by the ui bundle), assets, techniques, grouping values, entities and notes; the analyst;
 * the workspace file.
 */
final class WorkspaceDataTexts {

    private final List<Pattern> values;

    private WorkspaceDataTexts(Set<String> raw) {
        // Longest first, so that a name is removed whole before a shorter name inside it; only at word
        // boundaries, so that a tag like "pos" never eats part of a word that should be translated.
        values = raw.stream()
                .filter(v -> v != null && v.chars().anyMatch(WorkspaceDataTexts::asciiLetter))
                .map(String::strip)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(v -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(v) + "(?![A-Za-z0-9])"))
                .toList();
    }

    /** Reads the data now: incidents keep coming while the demo replay runs. */
    static WorkspaceDataTexts of(Workspace workspace, String analyst) {
        Set<String> raw = new HashSet<>();
        Path file = workspace.file();
        raw.add(file.toString());
        raw.add(file.toAbsolutePath().toString());
        raw.add(String.valueOf(file.getFileName()));
        raw.add(analyst);
        // The awareness library's titles are content in the chosen content language, not UI text.
        AwarenessLibrary library = new ShippedAwareness(new AwarenessReader()).load();
        library.templates().forEach(t -> t.title().texts().values().forEach(title -> addProse(raw, title)));
        library.lessons().forEach(l -> l.title().texts().values().forEach(title -> addProse(raw, title)));
        for (ScenarioSummary summary : workspace.scenarios().summaries()) {
            raw.add(summary.id());
            addProse(raw, summary.name());
            addProse(raw, summary.description());
            addTranslations(raw, summary.texts());
            summary.organisations().forEach(o -> addOrganisation(raw, o));
            workspace.scenarios().find(summary.id()).ifPresent(s -> addScenario(raw, s));
        }
        for (IncidentSummary summary : workspace.incidents().list(Integer.MAX_VALUE)) {
            raw.add(summary.id());
            raw.add(summary.ruleId());
            addProse(raw, summary.title());
            raw.addAll(summary.assetIds());
            raw.addAll(summary.techniques());
            workspace.incidents().find(summary.id()).ifPresent(i -> addIncident(raw, i));
        }
        return new WorkspaceDataTexts(raw);
    }

    /** The text with every data value taken out (replaced by a space). */
    String withoutData(String text) {
        String rest = text;
        for (Pattern value : values) {
            if (rest.chars().noneMatch(WorkspaceDataTexts::asciiLetter)) {
                break;
            }
            rest = value.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    static boolean asciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void addScenario(Set<String> raw, Scenario scenario) {
        raw.add(scenario.id());
        addProse(raw, scenario.name());
        addProse(raw, scenario.description());
        addTranslations(raw, scenario.texts());
        scenario.organisations().forEach(o -> addOrganisation(raw, o));
        for (Monitor monitor : scenario.monitors()) {
            raw.add(monitor.id());
            raw.add(monitor.product());
            raw.add(monitor.name());
        }
        for (Asset asset : scenario.assets()) {
            raw.add(asset.id());
            raw.add(asset.ownerId());
            addProse(raw, asset.name());
            addProse(raw, asset.description());
            raw.addAll(asset.tags());
            asset.identifiers().stream().map(AssetIdentifier::value).forEach(raw::add);
        }
        scenario.dependencies().forEach(d -> d.redundancyGroup().ifPresent(raw::add));
    }

    private static void addOrganisation(Set<String> raw, Organisation organisation) {
        raw.add(organisation.id());
        raw.add(organisation.name());
    }

    private static void addIncident(Set<String> raw, Incident incident) {
        for (Map.Entry<String, String> group : incident.group().entrySet()) {
            raw.add(group.getKey());
            raw.add(group.getValue());
        }
        incident.entities().stream().map(Entity::value).forEach(raw::add);
        for (IncidentNote note : incident.notes()) {
            raw.add(note.author());
            addProse(raw, note.text());
        }
        incident.changes().stream().map(IncidentChange::author).forEach(raw::add);
    }

    private static void addTranslations(Set<String> raw, ScenarioTexts texts) {
        texts.byLanguage().values().forEach(byKey -> byKey.values().forEach(v -> addProse(raw, v)));
    }

    /** A data text and its sentences: the scenario picker shows a story's first sentence only. */
    private static void addProse(Set<String> raw, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        raw.add(text);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<String> parts = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            parts.add(text.substring(start, end).strip());
        }
        raw.addAll(parts);
    }
}
