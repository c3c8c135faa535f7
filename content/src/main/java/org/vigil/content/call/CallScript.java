package org.vigil.content.call;

import java.util.List;
import java.util.Optional;
import org.vigil.core.training.Difficulty;

/**
 * A call's conversation graph, the same in every language: whether the caller is an impostor, the
 * difficulty it is dealt at, the time shown on the phone, the cues it teaches (stable ids used by
 * spaced repetition), the first node, the nodes and the ends.
 */
public record CallScript(
        String id,
        Difficulty difficulty,
        boolean malicious,
        String time,
        List<String> cues,
        String start,
        List<CallNode> nodes,
        List<CallEnd> ends) {

    public CallScript {
        cues = List.copyOf(cues);
        nodes = List.copyOf(nodes);
        ends = List.copyOf(ends);
    }

    public Optional<CallNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Optional<CallEnd> end(String endId) {
        return ends.stream().filter(e -> e.id().equals(endId)).findFirst();
    }

    public CallNode startNode() {
        return node(start).orElseThrow(() -> new IllegalStateException("call " + id + " has no node " + start));
    }
}
