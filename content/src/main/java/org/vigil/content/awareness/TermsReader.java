package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/**
 * Reads terms and conditions: {@code terms/<id>/item.json} with notes on clauses, and one {@code
 * <lang>.html} per language in which each noted clause is an element with an id.
 */
final class TermsReader {

    static final Set<Place.Area> AREAS = Set.of(Place.Area.TITLE, Place.Area.BODY, Place.Area.ELEMENT);

    private final ReadContext context;

    TermsReader(ReadContext context) {
        this.context = context;
    }

    Optional<TermsDocument> read(String id) {
        Optional<JsonFields> parsed = context.itemJson(ItemType.TERMS, id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields json = parsed.get();
        JsonNode root = json.root();
        Set<String> known = new HashSet<>(TemplateFields.COMMON);
        known.add("clauses");
        json.allowOnly(root, "$", known);
        Optional<TemplateFields.Read> common = TemplateFields.read(
                json,
                id,
                ItemType.TERMS,
                Set.of(Verdict.FAIR, Verdict.ABUSIVE),
                Set.of(Channel.WEB),
                AREAS,
                context.references);
        List<LocatedAnchor> anchors = new ArrayList<>();
        List<ClauseNote> clauses = clauses(json, anchors);
        common.ifPresent(c -> checkVerdict(json, c.info().verdict(), clauses));

        String folder = "terms/" + id + "/";
        Map<Language, HtmlFile> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = folder + language.tag() + ".html";
            HtmlFile.read(context, file, language, "terms need all nine languages (" + Language.allTags() + ")")
                    .ifPresent(html -> {
                        files.put(language, html);
                        ContentChecks.variables(file, html.raw(), html.raw(), false, context.problems);
                    });
        }
        if (common.isEmpty() || files.size() < Language.values().length) {
            return Optional.empty();
        }
        anchors.addAll(common.get().anchors());
        AnchorCheck.check(json, anchors, new HtmlTexts(folder, files, Optional.empty()));
        Map<Language, String> html = new EnumMap<>(Language.class);
        files.forEach((language, file) -> html.put(language, file.raw()));
        return Optional.of(new TermsDocument(common.get().info(), clauses, html));
    }

    private static List<ClauseNote> clauses(JsonFields json, List<LocatedAnchor> anchors) {
        List<ClauseNote> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> elements = json.array(json.root(), "$", "clauses", true, true);
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonFields.element("$.clauses", i);
            JsonNode node = elements.get(i);
            if (!json.isObject(node, path)) {
                continue;
            }
            json.allowOnly(node, path, Set.of("id", "verdict", "topic", "at", "quote", "explanation"));
            Optional<String> id =
                    json.id(node, path, "id").filter(v -> json.unique(ids, v, JsonFields.child(path, "id")));
            Optional<Verdict> verdict = json.enumValue(node, path, "verdict", Verdict.class)
                    .filter(v -> {
                        if (v == Verdict.FAIR || v == Verdict.ABUSIVE) {
                            return true;
                        }
                        json.report(JsonFields.child(path, "verdict"), "a clause is FAIR or ABUSIVE, not " + v);
                        return false;
                    });
            Optional<ClauseTopic> topic = json.enumValue(node, path, "topic", ClauseTopic.class);
            Optional<LocatedAnchor> anchor = AnchorFields.read(json, node, path, Set.of(Place.Area.ELEMENT));
            Optional<LocalizedText> explanation = LocalizedFields.required(json, node, path, "explanation");
            if (id.isPresent()
                    && verdict.isPresent()
                    && topic.isPresent()
                    && anchor.isPresent()
                    && explanation.isPresent()) {
                notes.add(new ClauseNote(
                        id.get(), verdict.get(), topic.get(), anchor.get().anchor(), explanation.get()));
                anchors.add(anchor.get());
            }
        }
        return notes;
    }

    /** Abusive terms must show at least one abusive clause; fair terms none. */
    private static void checkVerdict(JsonFields json, Verdict verdict, List<ClauseNote> clauses) {
        long abusive =
                clauses.stream().filter(c -> c.verdict() == Verdict.ABUSIVE).count();
        if (verdict == Verdict.ABUSIVE && abusive == 0) {
            json.report("$.clauses", "abusive terms need at least one clause noted as ABUSIVE");
        } else if (verdict == Verdict.FAIR && abusive > 0) {
            json.report("$.clauses", "fair terms cannot have clauses noted as ABUSIVE (" + abusive + " found)");
        }
    }
}
