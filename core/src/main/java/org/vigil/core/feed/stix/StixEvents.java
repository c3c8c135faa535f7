package org.vigil.core.feed.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.InvalidRecord;

/** What a sighting or an observed-data object says, before it becomes an event. */
final class StixEvents {

    /** STIX bounds {@code count} and {@code number_observed} by 999,999,999. */
    static final long MAX_COUNT = 999_999_999L;

    /** Observed-data summaries list this many values, then "and N more". */
    static final int LISTED_VALUES = 3;

    record Draft(
            Instant time, EventSeverity severity, String summary, List<String> techniques, List<Entity> entities) {}

    private StixEvents() {}

    /**
     * A sighting: the time is {@code first_seen}, else the earliest {@code first_observed} of its
     * observed data in the record, else {@code last_seen}; none of them rejects the record.
     * Severity HIGH for a sighting of an indicator or malware, MEDIUM of anything else. The summary
     * names what was sighted (its {@code name} when the record holds it), how often and where;
     * entities come from the observed data, techniques from ATT&CK attack patterns that the sighted
     * object is or is related to in the record.
     */
    static Draft sighting(StixBundle.Item item, StixBundle bundle) {
        JsonNode sighting = item.node();
        String prefix = item.prefix();
        String sightedRef = StixFields.requiredString(sighting, "sighting_of_ref", prefix);
        String sightedType = StixFields.typeOf(sightedRef);
        if (sightedType == null) {
            throw InvalidRecord.field(prefix + "sighting_of_ref", "not a STIX identifier");
        }
        Long count = StixFields.integer(sighting, "count", prefix, 0, MAX_COUNT);
        JsonNode observedRefs = StixFields.strings(sighting, "observed_data_refs", prefix);
        JsonNode whereRefs = StixFields.strings(sighting, "where_sighted_refs", prefix);
        Instant firstSeen = StixFields.timestamp(sighting, "first_seen", prefix);
        Instant lastSeen = StixFields.timestamp(sighting, "last_seen", prefix);
        Instant firstObserved = null;
        Set<Entity> entities = new LinkedHashSet<>();
        if (observedRefs != null) {
            for (JsonNode ref : observedRefs) {
                StixBundle.Item observed = bundle.item(ref.textValue());
                if (observed != null && observed.type().equals("observed-data")) {
                    Instant first = StixFields.timestamp(observed.node(), "first_observed", observed.prefix());
                    if (first != null && (firstObserved == null || first.isBefore(firstObserved))) {
                        firstObserved = first;
                    }
                    StixObservables.addEntities(observed.node(), observed.prefix(), bundle, entities);
                }
            }
        }
        Instant time = firstSeen != null ? firstSeen : firstObserved != null ? firstObserved : lastSeen;
        if (time == null) {
            throw InvalidRecord.field(prefix + "first_seen", "missing");
        }
        JsonNode sighted = bundle.get(sightedRef);
        JsonNode nameNode = sighted == null ? null : sighted.get("name");
        String name = nameNode != null
                        && nameNode.isTextual()
                        && !nameNode.textValue().isBlank()
                ? nameNode.textValue()
                : null;
        StringBuilder summary = new StringBuilder(80).append("Sighting of ");
        if (name == null) {
            summary.append(sightedRef);
        } else {
            summary.append(sightedType)
                    .append(" '")
                    .append(StixFields.oneLine(name))
                    .append('\'');
        }
        if (count != null) {
            summary.append(count == 1 ? " (once)" : " (" + count + " times)");
        }
        String where = whereNames(whereRefs, bundle);
        if (!where.isEmpty()) {
            summary.append(" at ").append(where);
        }
        boolean threat = sightedType.equals("indicator") || sightedType.equals("malware");
        return new Draft(
                time,
                threat ? EventSeverity.HIGH : EventSeverity.MEDIUM,
                summary.toString(),
                techniques(sightedRef, bundle),
                List.copyOf(entities));
    }

    /**
     * Observed data that no sighting in the record uses as evidence: the time is {@code
     * first_observed} (required), severity LOW, the summary lists the observed values and {@code
     * number_observed}.
     */
    static Draft observation(StixBundle.Item item, StixBundle bundle) {
        JsonNode observed = item.node();
        String prefix = item.prefix();
        Instant time = StixFields.timestamp(observed, "first_observed", prefix);
        if (time == null) {
            throw InvalidRecord.field(prefix + "first_observed", "missing");
        }
        Long number = StixFields.integer(observed, "number_observed", prefix, 1, MAX_COUNT);
        Set<Entity> entities = new LinkedHashSet<>();
        StixObservables.addEntities(observed, prefix, bundle, entities);
        StringBuilder summary = new StringBuilder(80).append("Observed data");
        if (!entities.isEmpty()) {
            summary.append(": ");
            int listed = 0;
            for (Entity entity : entities) {
                if (listed == LISTED_VALUES) {
                    summary.append(" and ").append(entities.size() - listed).append(" more");
                    break;
                }
                summary.append(listed == 0 ? "" : ", ").append(entity.value());
                listed++;
            }
        }
        if (number != null && number > 1) {
            summary.append(" (").append(number).append(" times)");
        }
        return new Draft(time, EventSeverity.LOW, summary.toString(), List.of(), List.copyOf(entities));
    }

    private static String whereNames(JsonNode whereRefs, StixBundle bundle) {
        if (whereRefs == null) {
            return "";
        }
        StringBuilder names = new StringBuilder();
        for (JsonNode ref : whereRefs) {
            JsonNode where = bundle.get(ref.textValue());
            JsonNode name = where == null ? null : where.get("name");
            if (name != null && name.isTextual() && !name.textValue().isBlank()) {
                names.append(names.length() == 0 ? "" : ", ").append(StixFields.oneLine(name.textValue()));
            }
        }
        return names.toString();
    }

    /**
     * ATT&CK ids ({@code external_references} with a {@code mitre-…} source and an id like T1566.001)
     * of the sighted object when it is an attack pattern, and of attack patterns it is related to
     * (any relationship type) in the record.
     */
    private static List<String> techniques(String sightedRef, StixBundle bundle) {
        List<String> techniques = new ArrayList<>(2);
        attackIds(bundle.get(sightedRef), techniques);
        for (String target : bundle.relatedTargets(sightedRef)) {
            attackIds(bundle.get(target), techniques);
        }
        return techniques;
    }

    private static void attackIds(JsonNode object, List<String> techniques) {
        if (object == null) {
            return;
        }
        JsonNode type = object.get("type");
        JsonNode references = object.get("external_references");
        if (type == null || !"attack-pattern".equals(type.asText()) || references == null || !references.isArray()) {
            return;
        }
        for (JsonNode reference : references) {
            JsonNode source = reference.get("source_name");
            JsonNode id = reference.get("external_id");
            if (source != null
                    && source.isTextual()
                    && source.textValue().startsWith("mitre-")
                    && id != null
                    && id.isTextual()
                    && AttackTechniques.isTechniqueId(id.textValue())
                    && !techniques.contains(id.textValue())) {
                techniques.add(id.textValue());
            }
        }
    }
}
