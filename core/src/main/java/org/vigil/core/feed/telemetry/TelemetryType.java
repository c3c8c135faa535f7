package org.vigil.core.feed.telemetry;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.vigil.core.feed.InvalidRecord;

/** The kinds of physical telemetry record, by the name written in their {@code type} field. */
enum TelemetryType {
    GPS("gps"),
    LOCATION("location"),
    GEOFENCE("geofence"),
    GEOFENCE_ENTER("geofence_enter"),
    GEOFENCE_EXIT("geofence_exit"),
    ROUTE_DEVIATION("route_deviation"),
    TAMPER("tamper"),
    DOOR("door"),
    TEMPERATURE("temperature"),
    TEMPERATURE_EXCURSION("temperature_excursion"),
    LIGHT("light"),
    ALARM("alarm"),
    DEVICE_OFFLINE("device_offline"),
    SENSOR_OFFLINE("sensor_offline");

    static final String NAMES =
            Arrays.stream(values()).map(TelemetryType::wireName).collect(Collectors.joining(", "));

    private final String wireName;

    TelemetryType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static TelemetryType of(String wireName) {
        for (TelemetryType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw InvalidRecord.field("type", "unknown value '" + wireName + "'; allowed: " + NAMES);
    }
}
