package org.vigil.core.cascade.iim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sectors of a model in their fixed order, with the position of each id. */
record SectorIndex(List<String> ids, Map<String, Integer> positions) {

    static SectorIndex of(List<String> sectorIds) {
        if (sectorIds == null || sectorIds.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one sector");
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < sectorIds.size(); i++) {
            String id = sectorIds.get(i);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("sector " + i + " has no id");
            }
            if (positions.putIfAbsent(id, i) != null) {
                throw new IllegalArgumentException("sector '" + id + "' is listed twice");
            }
        }
        return new SectorIndex(List.copyOf(sectorIds), Map.copyOf(positions));
    }

    int size() {
        return ids.size();
    }

    int positionOf(String sectorId) {
        Integer position = positions.get(sectorId);
        if (position == null) {
            throw new IllegalArgumentException("unknown sector '" + sectorId + "'");
        }
        return position;
    }

    /** Checks that {@code values} has one finite entry per sector within [min, max]. */
    double[] checkedVector(double[] values, String what, double min, double max) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (values.length != size()) {
            throw new IllegalArgumentException(
                    what + " has " + values.length + " entries but there are " + size() + " sectors");
        }
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!(value >= min && value <= max)) {
                String range =
                        max == Double.MAX_VALUE ? "a finite number ≥ " + min : "within [" + min + ", " + max + "]";
                throw new IllegalArgumentException(
                        what + " of sector '" + ids.get(i) + "' is " + value + ", must be " + range);
            }
        }
        return values.clone();
    }
}
