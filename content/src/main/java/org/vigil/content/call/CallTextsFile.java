package org.vigil.content.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vigil.content.awareness.Language;
import org.vigil.content.json.JsonFields;

/**
 * Reads one language's call texts ({@code pl.json}) against the graphs: each call needs the caller,
 * the number, a line for every node, a text for every reply, end and cue, and the safe move; a text
 * for an id the graph does not have is reported too, as it is a typo or a leftover.
 */
final class CallTextsFile {

    private static final Set<String> CALL_FIELDS =
            Set.of("caller", "number", "lines", "replies", "ends", "cues", "safeMove", "sound");

    private final JsonFields json;
    private final Language language;

    CallTextsFile(JsonFields json, Language language) {
        this.json = json;
        this.language = language;
    }

    static String file(Language language) {
        return language.tag() + ".json";
    }

    /** The calls whose texts are complete, in the graphs' order. */
    List<PhoneCall> read(List<CallScript> scripts) {
        json.allowOnly(json.root(), "$", Set.of("formatVersion", "language", "calls"));
        json.formatVersion();
        json.text(json.root(), "$", "language")
                .filter(tag -> !tag.equals(language.tag()))
                .ifPresent(tag -> json.report("$.language", "says \"" + tag + "\" in the file for " + language.tag()));
        JsonNode calls = json.root().get("calls");
        if (!json.isObject(calls, "$.calls")) {
            return List.of();
        }
        Set<String> known = scripts.stream().map(CallScript::id).collect(Collectors.toSet());
        calls.fieldNames().forEachRemaining(id -> {
            if (!known.contains(id)) {
                json.report("$.calls." + id, "no call \"" + id + "\" in " + CallScriptsFile.FILE);
            }
        });
        List<PhoneCall> read = new ArrayList<>();
        for (CallScript script : scripts) {
            String path = "$.calls." + script.id();
            JsonNode texts = calls.get(script.id());
            if (texts == null) {
                json.report("$.calls", "missing the texts of call \"" + script.id() + "\"");
                continue;
            }
            texts(script, texts, path).ifPresent(t -> read.add(new PhoneCall(script, language, t)));
        }
        return read;
    }

    private Optional<CallTexts> texts(CallScript script, JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, CALL_FIELDS);
        Optional<String> caller = json.text(node, path, "caller");
        Optional<String> number = json.text(node, path, "number");
        Optional<String> safeMove = json.text(node, path, "safeMove");
        Optional<Map<String, String>> lines = keyed(
                node, path, "lines", script.nodes().stream().map(CallNode::id).toList());
        Optional<Map<String, String>> replies = keyed(
                node,
                path,
                "replies",
                script.nodes().stream()
                        .flatMap(n -> n.replies().stream())
                        .map(CallReply::id)
                        .toList());
        Optional<Map<String, String>> ends = keyed(
                node, path, "ends", script.ends().stream().map(CallEnd::id).toList());
        Optional<Map<String, String>> cues = keyed(node, path, "cues", script.cues());
        List<String> sound = new ArrayList<>();
        List<JsonNode> soundArray = json.array(node, path, "sound", false);
        for (int i = 0; i < soundArray.size(); i++) {
            json.textValue(soundArray.get(i), JsonFields.element(JsonFields.child(path, "sound"), i))
                    .ifPresent(sound::add);
        }
        if (!script.malicious() && soundArray.isEmpty()) {
            json.report(JsonFields.child(path, "sound"), "a genuine call needs at least one note on what was sound");
        }
        if (caller.isEmpty()
                || number.isEmpty()
                || safeMove.isEmpty()
                || lines.isEmpty()
                || replies.isEmpty()
                || ends.isEmpty()
                || cues.isEmpty()
                || sound.size() != soundArray.size()) {
            return Optional.empty();
        }
        return Optional.of(new CallTexts(
                caller.get(), number.get(), lines.get(), replies.get(), ends.get(), cues.get(), safeMove.get(), sound));
    }

    /** An object with exactly one text per id of the graph. */
    private Optional<Map<String, String>> keyed(JsonNode node, String path, String field, List<String> ids) {
        String at = JsonFields.child(path, field);
        JsonNode object = node.get(field);
        if (ids.isEmpty() && object == null) {
            return Optional.of(Map.of());
        }
        if (!json.isObject(object, at)) {
            return Optional.empty();
        }
        Map<String, String> texts = new HashMap<>();
        boolean complete = true;
        for (String id : ids) {
            JsonNode value = object.get(id);
            if (value == null) {
                json.report(at, "missing the text of \"" + id + "\"");
                complete = false;
            } else {
                Optional<String> text = json.textValue(value, JsonFields.child(at, id));
                text.ifPresent(t -> texts.put(id, t));
                complete &= text.isPresent();
            }
        }
        object.fieldNames().forEachRemaining(name -> {
            if (!ids.contains(name)) {
                json.report(
                        JsonFields.child(at, name),
                        "\"" + name + "\" is not in the call's graph; expected " + new TreeSet<>(ids));
            }
        });
        return complete ? Optional.of(texts) : Optional.empty();
    }
}
