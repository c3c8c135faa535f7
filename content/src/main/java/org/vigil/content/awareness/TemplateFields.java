package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/**
 * Reads the fields every template's item.json shares (docs/content-format.md, "Common fields") and
 * the rules that tie them to the verdict: phishing items have a premise alignment and red flags,
 * legitimate ones may have trust signals, and nothing else has either.
 */
final class TemplateFields {

    static final Set<String> COMMON = Set.of(
            "formatVersion",
            "id",
            "verdict",
            "channel",
            "audiences",
            "title",
            "premiseAlignment",
            "pairedWith",
            "redFlags",
            "trustSignals");

    /** The common part of a template, and its anchors for checking against the content. */
    record Read(TemplateInfo info, List<LocatedAnchor> anchors) {}

    private TemplateFields() {}

    static Optional<Read> read(
            JsonFields json,
            String folderId,
            ItemType type,
            Set<Verdict> verdicts,
            Set<Channel> channels,
            Set<Place.Area> areas,
            References references) {
        JsonNode root = json.root();
        json.formatVersion();
        Optional<String> id = ReadContext.itemId(json, folderId);
        Optional<Verdict> verdict =
                json.enumValue(root, "$", "verdict", Verdict.class).filter(v -> allowed(json, "verdict", v, verdicts));
        Optional<Channel> channel =
                json.enumValue(root, "$", "channel", Channel.class).filter(c -> allowed(json, "channel", c, channels));
        List<Audience> audiences = json.enumList(root, "$", "audiences", Audience.class);
        Optional<LocalizedText> title = LocalizedFields.required(json, root, "$", "title");
        boolean phishing = verdict.filter(v -> v == Verdict.PHISHING).isPresent();
        boolean legitimate = verdict.filter(v -> v == Verdict.LEGITIMATE).isPresent();

        Optional<PremiseAlignment> alignment = Optional.empty();
        if (phishing) {
            alignment = json.enumValue(root, "$", "premiseAlignment", PremiseAlignment.class);
        } else if (verdict.isPresent() && root.has("premiseAlignment")) {
            json.report("$.premiseAlignment", "only phishing items have a premise alignment");
        }
        Optional<String> pairedWith = json.optionalId(root, "$", "pairedWith");
        if (pairedWith.isPresent() && verdict.isPresent()) {
            references.addPair(new ItemRef(type, pairedWith.get()), verdict.get(), json, "$.pairedWith");
        }

        List<LocatedAnchor> anchors = new ArrayList<>();
        List<RedFlag> redFlags = new ArrayList<>();
        if (phishing) {
            redFlags = redFlags(json, areas, anchors);
        } else if (verdict.isPresent() && root.has("redFlags")) {
            json.report("$.redFlags", "only phishing items have red flags");
        }
        List<TrustSignal> trustSignals = new ArrayList<>();
        if (legitimate) {
            trustSignals = trustSignals(json, areas, anchors);
        } else if (verdict.isPresent() && root.has("trustSignals")) {
            json.report("$.trustSignals", "only legitimate items have trust signals");
        }

        boolean complete = id.isPresent()
                && verdict.isPresent()
                && channel.isPresent()
                && !audiences.isEmpty()
                && title.isPresent()
                && (!phishing || alignment.isPresent());
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(new Read(
                new TemplateInfo(
                        id.get(),
                        verdict.get(),
                        channel.get(),
                        audiences,
                        title.get(),
                        alignment,
                        pairedWith,
                        redFlags,
                        trustSignals),
                anchors));
    }

    private static <E extends Enum<E>> boolean allowed(JsonFields json, String field, E value, Set<E> allowed) {
        if (!allowed.contains(value)) {
            json.report(
                    "$." + field,
                    value.name() + " is not allowed for this item type; expected one of "
                            + String.join(
                                    ", ",
                                    allowed.stream().sorted().map(Enum::name).toList()));
            return false;
        }
        return true;
    }

    private static List<RedFlag> redFlags(JsonFields json, Set<Place.Area> areas, List<LocatedAnchor> anchors) {
        List<RedFlag> flags = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> elements = json.array(json.root(), "$", "redFlags", true, true);
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonFields.element("$.redFlags", i);
            JsonNode node = elements.get(i);
            if (!json.isObject(node, path)) {
                continue;
            }
            json.allowOnly(node, path, Set.of("id", "cue", "at", "quote", "explanation"));
            Optional<String> id =
                    json.id(node, path, "id").filter(v -> json.unique(ids, v, JsonFields.child(path, "id")));
            Optional<Cue> cue = json.enumValue(node, path, "cue", Cue.class);
            Optional<LocatedAnchor> anchor = AnchorFields.read(json, node, path, areas);
            Optional<LocalizedText> explanation = LocalizedFields.required(json, node, path, "explanation");
            if (id.isPresent() && cue.isPresent() && anchor.isPresent() && explanation.isPresent()) {
                flags.add(new RedFlag(id.get(), cue.get(), anchor.get().anchor(), explanation.get()));
                anchors.add(anchor.get());
            }
        }
        return flags;
    }

    private static List<TrustSignal> trustSignals(JsonFields json, Set<Place.Area> areas, List<LocatedAnchor> anchors) {
        List<TrustSignal> signals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> elements = json.array(json.root(), "$", "trustSignals", false, false);
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonFields.element("$.trustSignals", i);
            JsonNode node = elements.get(i);
            if (!json.isObject(node, path)) {
                continue;
            }
            json.allowOnly(node, path, Set.of("id", "at", "quote", "explanation"));
            Optional<String> id =
                    json.id(node, path, "id").filter(v -> json.unique(ids, v, JsonFields.child(path, "id")));
            Optional<LocatedAnchor> anchor = AnchorFields.read(json, node, path, areas);
            Optional<LocalizedText> explanation = LocalizedFields.required(json, node, path, "explanation");
            if (id.isPresent() && anchor.isPresent() && explanation.isPresent()) {
                signals.add(new TrustSignal(id.get(), anchor.get().anchor(), explanation.get()));
                anchors.add(anchor.get());
            }
        }
        return signals;
    }
}
