package org.vigil.core.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;

/**
 * Reports groups of assets whose dependencies form cycles. Cycles are legitimate in real
 * ecosystems, so this is information for the author, not an error. Uses Tarjan's strongly
 * connected components, iteratively so that long chains cannot overflow the stack.
 */
final class CycleReport {

    private static final int MAX_NAMED = 8;

    private final FieldReader fields;

    CycleReport(FieldReader fields) {
        this.fields = fields;
    }

    void report(List<Asset> assets, List<Dependency> dependencies) {
        for (List<String> component : stronglyConnected(assets, dependencies)) {
            if (component.size() > 1) {
                List<String> named = component.subList(0, Math.min(MAX_NAMED, component.size()));
                String names = String.join(", ", named) + (component.size() > MAX_NAMED ? " \u2026" : "");
                fields.report("$.dependencies", ProblemCode.CYCLE, component.size(), names);
            }
        }
    }

    static List<List<String>> stronglyConnected(List<Asset> assets, List<Dependency> dependencies) {
        Map<String, List<String>> next = new HashMap<>();
        assets.forEach(a -> next.put(a.id(), new ArrayList<>()));
        dependencies.forEach(
                d -> next.computeIfAbsent(d.fromId(), k -> new ArrayList<>()).add(d.toId()));
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> components = new ArrayList<>();
        int counter = 0;
        for (String start : next.keySet().stream().sorted().toList()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {vertex, next edge position}
            work.push(new Object[] {start, 0});
            index.put(start, counter);
            low.put(start, counter++);
            stack.push(start);
            onStack.add(start);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                List<String> edges = next.getOrDefault(v, List.of());
                int position = (Integer) frame[1];
                if (position < edges.size()) {
                    frame[1] = position + 1;
                    String w = edges.get(position);
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    Collections.reverse(component);
                    components.add(component);
                }
            }
        }
        return components;
    }
}
