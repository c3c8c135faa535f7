package org.vigil.content.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;
import org.vigil.core.training.Difficulty;

/** Reads the graphs of {@code calls.json}, reporting each malformed field and keeping the calls that read whole. */
final class CallScriptsFile {

    static final String FILE = "calls.json";

    private static final Set<String> CALL_FIELDS =
            Set.of("id", "difficulty", "malicious", "time", "cues", "start", "nodes", "ends");
    private static final Set<String> NODE_FIELDS = Set.of("id", "replies");
    private static final Set<String> REPLY_FIELDS = Set.of("id", "next", "end", "acts");
    private static final Set<String> END_FIELDS = Set.of("id", "outcome", "safe", "discloses");

    private final JsonFields json;

    CallScriptsFile(JsonFields json) {
        this.json = json;
    }

    /** Every call whose fields read, with the JSON path it was read at. */
    List<Located> read() {
        json.allowOnly(json.root(), "$", Set.of("formatVersion", "calls"));
        json.formatVersion();
        List<JsonNode> calls = json.array(json.root(), "$", "calls", true);
        if (calls.isEmpty()) {
            json.report("$.calls", "there must be at least one call");
        }
        List<Located> scripts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < calls.size(); i++) {
            String path = JsonFields.element("$.calls", i);
            call(calls.get(i), path).ifPresent(script -> {
                if (ids.add(script.id())) {
                    scripts.add(new Located(script, path));
                } else {
                    json.report(JsonFields.child(path, "id"), "duplicate call id \"" + script.id() + "\"");
                }
            });
        }
        return scripts;
    }

    /** A call and the JSON path of its object, so the graph checks can name where a problem is. */
    record Located(CallScript script, String path) {}

    private Optional<CallScript> call(JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, CALL_FIELDS);
        Optional<String> id = json.id(node, path, "id");
        Optional<Difficulty> difficulty = json.enumValue(node, path, "difficulty", Difficulty.class);
        Optional<Boolean> malicious = json.bool(node, path, "malicious");
        Optional<String> time = json.text(node, path, "time");
        List<String> cues = json.ids(node, path, "cues", true);
        Optional<String> start = json.id(node, path, "start");
        List<CallNode> nodes = new ArrayList<>();
        List<JsonNode> nodeArray = json.array(node, path, "nodes", true);
        boolean whole = true;
        for (int i = 0; i < nodeArray.size(); i++) {
            Optional<CallNode> read =
                    callNode(nodeArray.get(i), JsonFields.element(JsonFields.child(path, "nodes"), i));
            read.ifPresent(nodes::add);
            whole &= read.isPresent();
        }
        List<CallEnd> ends = new ArrayList<>();
        List<JsonNode> endArray = json.array(node, path, "ends", true);
        for (int i = 0; i < endArray.size(); i++) {
            Optional<CallEnd> read = end(endArray.get(i), JsonFields.element(JsonFields.child(path, "ends"), i));
            read.ifPresent(ends::add);
            whole &= read.isPresent();
        }
        if (!whole
                || id.isEmpty()
                || difficulty.isEmpty()
                || malicious.isEmpty()
                || time.isEmpty()
                || start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallScript(
                id.get(), difficulty.get(), malicious.get(), time.get(), cues, start.get(), nodes, ends));
    }

    private Optional<CallNode> callNode(JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, NODE_FIELDS);
        Optional<String> id = json.id(node, path, "id");
        List<CallReply> replies = new ArrayList<>();
        List<JsonNode> replyArray = json.array(node, path, "replies", true);
        boolean whole = true;
        for (int i = 0; i < replyArray.size(); i++) {
            Optional<CallReply> read =
                    reply(replyArray.get(i), JsonFields.element(JsonFields.child(path, "replies"), i));
            read.ifPresent(replies::add);
            whole &= read.isPresent();
        }
        return whole && id.isPresent() ? Optional.of(new CallNode(id.get(), replies)) : Optional.empty();
    }

    private Optional<CallReply> reply(JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, REPLY_FIELDS);
        Optional<String> id = json.id(node, path, "id");
        Optional<String> next = json.optionalId(node, path, "next");
        Optional<String> end = json.optionalId(node, path, "end");
        List<String> acts = json.ids(node, path, "acts", false);
        if (next.isPresent() == end.isPresent()) {
            json.report(path, "a reply must lead somewhere: give exactly one of \"next\" (a node) or \"end\" (an end)");
            return Optional.empty();
        }
        return id.map(i -> new CallReply(i, next, end, acts));
    }

    private Optional<CallEnd> end(JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, END_FIELDS);
        Optional<String> id = json.id(node, path, "id");
        Optional<CallOutcome> outcome = json.enumValue(node, path, "outcome", CallOutcome.class);
        Optional<Boolean> safe = json.bool(node, path, "safe");
        boolean disclosesGiven = node.hasNonNull("discloses");
        Optional<Disclosure> discloses = json.optionalEnum(node, path, "discloses", Disclosure.class);
        if (id.isEmpty() || outcome.isEmpty() || safe.isEmpty() || disclosesGiven && discloses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallEnd(id.get(), outcome.get(), safe.get(), discloses));
    }
}
