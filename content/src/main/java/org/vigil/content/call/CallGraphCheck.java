package org.vigil.content.call;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/**
 * Checks a call's graph so that every conversation can be played to its end: ids are unique, the
 * start and every reply's target exist, each turn offers 2 to 4 replies, every node and end can be
 * reached, no path loops for ever, each reply acts only on the call's own cues and every cue can be
 * acted on, and the call has a safe way out (an impostor's call an unsafe one too).
 */
final class CallGraphCheck {

    static final int MIN_REPLIES = 2;
    static final int MAX_REPLIES = 4;

    private final JsonFields json;
    private int problems;

    CallGraphCheck(JsonFields json) {
        this.json = json;
    }

    /** Whether the call has no problem; each one found is reported. */
    boolean check(CallScript call, String path) {
        int before = problems;
        Map<String, Integer> nodeIndex =
                unique(call.nodes().stream().map(CallNode::id).toList(), path, "nodes");
        Map<String, Integer> endIndex =
                unique(call.ends().stream().map(CallEnd::id).toList(), path, "ends");
        Set<String> replyIds = new HashSet<>();
        Set<String> actedOn = new HashSet<>();
        unique(call.cues(), path, "cues");
        if (call.malicious() && call.cues().isEmpty()) {
            report(JsonFields.child(path, "cues"), "an impostor's call must teach at least one cue");
        }
        if (!nodeIndex.containsKey(call.start())) {
            report(JsonFields.child(path, "start"), "no node \"" + call.start() + "\" to start at");
        }
        for (int n = 0; n < call.nodes().size(); n++) {
            CallNode node = call.nodes().get(n);
            String nodePath = JsonFields.element(JsonFields.child(path, "nodes"), n);
            if (node.replies().size() < MIN_REPLIES || node.replies().size() > MAX_REPLIES) {
                report(
                        JsonFields.child(nodePath, "replies"),
                        "a turn offers " + MIN_REPLIES + " to " + MAX_REPLIES + " replies, not "
                                + node.replies().size());
            }
            for (int r = 0; r < node.replies().size(); r++) {
                CallReply reply = node.replies().get(r);
                String replyPath = JsonFields.element(JsonFields.child(nodePath, "replies"), r);
                if (!replyIds.add(reply.id())) {
                    report(JsonFields.child(replyPath, "id"), "duplicate reply id \"" + reply.id() + "\" in this call");
                }
                reply.next()
                        .filter(next -> !nodeIndex.containsKey(next))
                        .ifPresent(next -> report(JsonFields.child(replyPath, "next"), "no node \"" + next + "\""));
                reply.end()
                        .filter(end -> !endIndex.containsKey(end))
                        .ifPresent(end -> report(JsonFields.child(replyPath, "end"), "no end \"" + end + "\""));
                for (int a = 0; a < reply.acts().size(); a++) {
                    String cue = reply.acts().get(a);
                    actedOn.add(cue);
                    if (!call.cues().contains(cue)) {
                        report(
                                JsonFields.element(JsonFields.child(replyPath, "acts"), a),
                                "\"" + cue + "\" is not one of this call's cues");
                    }
                }
            }
        }
        call.cues().stream()
                .filter(cue -> !actedOn.contains(cue))
                .forEach(cue -> report(JsonFields.child(path, "cues"), "no reply acts on cue \"" + cue + "\""));
        if (nodeIndex.containsKey(call.start())) {
            reachability(call, path, nodeIndex, endIndex);
        }
        outcomes(call, path);
        return problems == before;
    }

    private void report(String path, String message) {
        problems++;
        json.report(path, message);
    }

    private Map<String, Integer> unique(List<String> ids, String path, String field) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (index.putIfAbsent(ids.get(i), i) != null) {
                report(JsonFields.element(JsonFields.child(path, field), i), "duplicate id \"" + ids.get(i) + "\"");
            }
        }
        return index;
    }

    private void reachability(
            CallScript call, String path, Map<String, Integer> nodeIndex, Map<String, Integer> endIndex) {
        Set<String> reachedNodes = new HashSet<>();
        Set<String> reachedEnds = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(call.start()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!reachedNodes.add(id)) {
                continue;
            }
            call.node(id)
                    .ifPresent(node -> node.replies().forEach(reply -> {
                        reply.next().filter(nodeIndex::containsKey).ifPresent(todo::push);
                        reply.end().ifPresent(reachedEnds::add);
                    }));
        }
        nodeIndex.forEach((id, i) -> {
            if (!reachedNodes.contains(id)) {
                report(JsonFields.element(JsonFields.child(path, "nodes"), i), "node \"" + id + "\" cannot be reached");
            }
        });
        endIndex.forEach((id, i) -> {
            if (!reachedEnds.contains(id)) {
                report(JsonFields.element(JsonFields.child(path, "ends"), i), "end \"" + id + "\" cannot be reached");
            }
        });
        Set<String> done = new HashSet<>();
        for (String id : reachedNodes) {
            loop(call, id, new HashSet<>(), done, nodeIndex, path);
        }
    }

    /** A loop would let a conversation go on for ever: every path must end. */
    private void loop(
            CallScript call,
            String id,
            Set<String> onPath,
            Set<String> done,
            Map<String, Integer> nodeIndex,
            String path) {
        if (done.contains(id) || !nodeIndex.containsKey(id)) {
            return;
        }
        if (!onPath.add(id)) {
            report(
                    JsonFields.element(JsonFields.child(path, "nodes"), nodeIndex.get(id)),
                    "node \"" + id + "\" is on a loop: every path through a call must end");
            done.add(id);
            return;
        }
        call.node(id)
                .ifPresent(node -> node.replies()
                        .forEach(reply ->
                                reply.next().ifPresent(next -> loop(call, next, onPath, done, nodeIndex, path))));
        onPath.remove(id);
        done.add(id);
    }

    private void outcomes(CallScript call, String path) {
        if (call.ends().stream().noneMatch(CallEnd::safe)) {
            report(JsonFields.child(path, "ends"), "the call needs at least one safe end");
        }
        if (call.malicious() && call.ends().stream().allMatch(CallEnd::safe)) {
            report(
                    JsonFields.child(path, "ends"),
                    "an impostor's call needs at least one unsafe end to teach anything");
        }
    }
}
