package org.vigil.visual.incidents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.feed.EntityType;
import org.vigil.core.store.IncidentRepository.EntityCount;

/** The entities of one type an incident's events name (IP addresses, hosts, users…), each with its event count. */
public record EntityGroup(EntityType type, List<EntityCount> entities) {

    public EntityGroup {
        entities = List.copyOf(entities);
    }

    /** Groups by type, in the order of the types; within a type the order given is kept. */
    static List<EntityGroup> of(List<EntityCount> counts) {
        Map<EntityType, List<EntityCount>> byType = new EnumMap<>(EntityType.class);
        for (EntityCount count : counts) {
            byType.computeIfAbsent(count.entity().type(), t -> new ArrayList<>())
                    .add(count);
        }
        return byType.entrySet().stream()
                .map(e -> new EntityGroup(e.getKey(), e.getValue()))
                .toList();
    }
}
