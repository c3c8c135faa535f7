package org.vigil.core.feed.vigil;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.InvalidRecord;

/** The names Vigil's own JSON Lines format allows: top-level fields, entity kinds, enum values. */
final class VigilSchema {

    static final List<String> FIELDS =
            List.of("time", "monitor", "category", "severity", "summary", "techniques", "entities", "fields");

    /** Entity keys in the order entities are listed in an event. */
    static final Map<String, EntityType> ENTITY_KEYS = entityKeys();

    private static final String FIELD_NAMES = String.join(", ", FIELDS);
    private static final String ENTITY_NAMES = String.join(", ", ENTITY_KEYS.keySet());
    private static final String CATEGORY_NAMES = names(EventCategory.values());
    private static final String SEVERITY_NAMES = names(EventSeverity.values());

    private VigilSchema() {}

    private static Map<String, EntityType> entityKeys() {
        Map<String, EntityType> keys = new LinkedHashMap<>();
        keys.put("ip", EntityType.IP);
        keys.put("host", EntityType.HOST);
        keys.put("user", EntityType.USER);
        keys.put("deviceId", EntityType.DEVICE_ID);
        keys.put("vehicleId", EntityType.VEHICLE_ID);
        keys.put("domain", EntityType.DOMAIN);
        keys.put("url", EntityType.URL);
        keys.put("fileHash", EntityType.FILE_HASH);
        keys.put("email", EntityType.EMAIL);
        return Collections.unmodifiableMap(keys);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    static boolean isField(String name) {
        return FIELDS.contains(name);
    }

    static InvalidRecord unknownField(String name) {
        return InvalidRecord.field(
                name, "unknown; allowed fields are " + FIELD_NAMES + " (free data goes under fields)");
    }

    static EntityType entityType(String key) {
        EntityType type = ENTITY_KEYS.get(key);
        if (type == null) {
            throw InvalidRecord.field("entities." + key, "unknown entity kind; allowed: " + ENTITY_NAMES);
        }
        return type;
    }

    /** Enum names are matched ignoring case: "web" and "WEB" are both WEB. */
    static EventCategory category(String value) {
        try {
            return EventCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRecord.field("category", "unknown value '" + value + "'; allowed: " + CATEGORY_NAMES);
        }
    }

    static EventSeverity severity(String value) {
        try {
            return EventSeverity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRecord.field("severity", "unknown value '" + value + "'; allowed: " + SEVERITY_NAMES);
        }
    }
}
