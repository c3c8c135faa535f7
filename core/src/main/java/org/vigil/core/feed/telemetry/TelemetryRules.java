package org.vigil.core.feed.telemetry;

import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.InvalidRecord;

/**
 * Severity and one-line summary of each kind of telemetry record. Normal positions and in-range
 * readings are INFO; a route deviation, an unexpected door opening, an opened box lid and a device
 * going silent are MEDIUM; a temperature outside its range and a geofence exit are HIGH; an opened
 * tamper switch and a broken seal are CRITICAL; alarms follow {@link #alarmSeverity(String)}.
 */
final class TelemetryRules {

    private static final String DEGREES = " \u00b0C";

    private TelemetryRules() {}

    record Assessment(EventSeverity severity, String summary) {}

    /** Who a record is about: its device or sensor id and the vehicle that carries it. */
    record Subject(String deviceId, String sensorId, String vehicleId) {

        /** The vehicle for positions and routes, else the device. */
        String mover() {
            return vehicleId != null ? vehicleId : deviceId != null ? deviceId : sensorId;
        }

        /** The device or sensor, and the vehicle it is on. */
        String unit() {
            String unit = deviceId != null ? deviceId : sensorId;
            if (unit == null) {
                return vehicleId;
            }
            return vehicleId == null ? unit : unit + " of " + vehicleId;
        }

        /** The logger for cold-chain readings, else the device or vehicle. */
        String logger() {
            return sensorId != null ? sensorId : deviceId != null ? deviceId : vehicleId;
        }
    }

    static Assessment assess(TelemetryType type, Reading r, Subject subject) {
        return switch (type) {
            case GPS -> new Assessment(EventSeverity.INFO, position(r, subject.mover()));
            case LOCATION -> new Assessment(EventSeverity.INFO, position(r, subject.logger()));
            case GEOFENCE ->
                geofence(r, subject, r.requiredChoice("state", "enter", "exit").equals("exit"));
            case GEOFENCE_ENTER -> geofence(r, subject, false);
            case GEOFENCE_EXIT -> geofence(r, subject, true);
            case ROUTE_DEVIATION -> routeDeviation(r, subject);
            case TAMPER -> tamper(r, subject);
            case DOOR -> door(r, subject);
            case TEMPERATURE -> temperature(r, subject, false);
            case TEMPERATURE_EXCURSION -> temperature(r, subject, true);
            case LIGHT -> light(r, subject);
            case ALARM -> alarm(r, subject);
            case DEVICE_OFFLINE, SENSOR_OFFLINE -> offline(r, subject);
        };
    }

    private static String position(Reading r, String subject) {
        StringBuilder text = new StringBuilder("Position of ").append(subject).append(": ");
        appendCoordinates(text, r);
        String speed = r.numberText("speed_kmh");
        if (speed != null) {
            text.append(", ").append(speed).append(" km/h");
        }
        String geofence = r.text("geofence");
        if (geofence != null) {
            text.append(", in geofence ").append(geofence);
        }
        String separation = r.numberText("separation_from_vehicle_m");
        if (separation != null) {
            text.append(", ").append(separation).append(" m from its vehicle");
        }
        String event = r.text("event");
        if (event != null) {
            text.append(", ").append(event.replace('_', ' '));
        }
        return text.toString();
    }

    private static void appendCoordinates(StringBuilder text, Reading r) {
        r.number("lat", -90, 90);
        r.number("lon", -180, 180);
        text.append(r.numberText("lat")).append(", ").append(r.numberText("lon"));
    }

    private static void appendOptionalPlace(StringBuilder text, Reading r) {
        if (r.has("lat") || r.has("lon")) {
            text.append(" at ");
            appendCoordinates(text, r);
        }
    }

    private static Assessment geofence(Reading r, Subject subject, boolean exit) {
        String geofence = r.text("geofence");
        StringBuilder text = new StringBuilder(subject.mover())
                .append(exit ? " left " : " entered ")
                .append(geofence == null ? "a geofence" : "geofence " + geofence);
        appendOptionalPlace(text, r);
        return new Assessment(exit ? EventSeverity.HIGH : EventSeverity.INFO, text.toString());
    }

    private static Assessment routeDeviation(Reading r, Subject subject) {
        String route = r.text("route_id");
        StringBuilder text =
                new StringBuilder(subject.mover()).append(route == null ? " off its route" : " off route " + route);
        String distance = r.numberText("distance_from_route_m");
        if (distance != null) {
            text.append(" by ").append(distance).append(" m");
        }
        appendOptionalPlace(text, r);
        return new Assessment(EventSeverity.MEDIUM, text.toString());
    }

    private static Assessment tamper(Reading r, Subject subject) {
        String state = r.requiredChoice("state", "open", "closed");
        return new Assessment(
                state.equals("open") ? EventSeverity.CRITICAL : EventSeverity.INFO,
                "Tamper switch " + state + " on " + subject.unit());
    }

    /**
     * An open door is expected when the record says so ({@code expected: true}) or when the alarm
     * panel is disarmed ({@code armed: false}); otherwise it is MEDIUM. A broken seal is CRITICAL.
     */
    private static Assessment door(Reading r, Subject subject) {
        String state = r.requiredChoice("state", "open", "closed");
        Boolean expected = r.flag("expected");
        Boolean armed = r.flag("armed");
        String seal = r.text("seal");
        String name = r.text("door") != null ? r.text("door") : r.text("input");
        String user = r.text("user");
        boolean open = state.equals("open");
        boolean sealBroken = "broken".equals(seal);
        boolean unexpected = open && (expected != null ? !expected : armed == null || armed);

        StringBuilder text = new StringBuilder("Door");
        if (name != null) {
            text.append(' ').append(name);
        }
        text.append(' ').append(state).append(" on ").append(subject.unit());
        if (user != null) {
            text.append(" by ").append(user);
        }
        if (unexpected) {
            text.append(Boolean.TRUE.equals(armed) && expected == null ? ", while armed" : ", not expected");
        }
        if (sealBroken) {
            text.append(", seal broken");
        }
        EventSeverity severity =
                sealBroken ? EventSeverity.CRITICAL : unexpected ? EventSeverity.MEDIUM : EventSeverity.INFO;
        return new Assessment(severity, text.toString());
    }

    private static Assessment temperature(Reading r, Subject subject, boolean excursion) {
        double celsius = r.number("celsius");
        Double min = r.has("min_c") ? r.number("min_c") : null;
        Double max = r.has("max_c") ? r.number("max_c") : null;
        if (min != null && max != null && min > max) {
            throw InvalidRecord.field("min_c", "above max_c");
        }
        StringBuilder text = new StringBuilder(excursion ? "Temperature excursion: " : "")
                .append(subject.logger())
                .append(" at ")
                .append(r.numberText("celsius"))
                .append(DEGREES);
        boolean above = max != null && celsius > max;
        boolean below = min != null && celsius < min;
        if (above) {
            text.append(", above the maximum of ").append(r.numberText("max_c")).append(DEGREES);
        } else if (below) {
            text.append(", below the minimum of ").append(r.numberText("min_c")).append(DEGREES);
        } else if (min != null && max != null) {
            text.append(", within ")
                    .append(r.numberText("min_c"))
                    .append(" to ")
                    .append(r.numberText("max_c"))
                    .append(DEGREES);
        } else if (min != null || max != null) {
            text.append(", within limits");
        }
        String minutes = r.numberText("excursion_minutes");
        if (minutes != null) {
            text.append(", for ").append(minutes).append(" min");
        }
        boolean outside = above || below || excursion;
        return new Assessment(outside ? EventSeverity.HIGH : EventSeverity.INFO, text.toString());
    }

    private static Assessment light(Reading r, Subject subject) {
        String lid = r.choice("lid", "open", "closed");
        StringBuilder text = new StringBuilder("Light");
        String lux = r.numberText("lux");
        if (lux != null) {
            text.append(' ').append(lux).append(" lux");
        }
        text.append(" on ").append(subject.logger());
        if (lid != null) {
            text.append(", lid ").append(lid);
        }
        return new Assessment("open".equals(lid) ? EventSeverity.MEDIUM : EventSeverity.INFO, text.toString());
    }

    private static Assessment alarm(Reading r, Subject subject) {
        String alarm = r.requiredText("alarm");
        return new Assessment(alarmSeverity(alarm), "Alarm " + alarm + " on " + subject.unit());
    }

    /**
     * Tracker alarms (Traccar's names): someone interfering with the tracker or calling for help is
     * CRITICAL; losing power, leaving a geofence or being towed is HIGH; any other alarm is MEDIUM.
     */
    static EventSeverity alarmSeverity(String alarm) {
        return switch (alarm) {
            case "tampering", "removing", "jamming", "gpsAntennaCut", "sos" -> EventSeverity.CRITICAL;
            case "powerCut", "geofenceExit", "tow" -> EventSeverity.HIGH;
            default -> EventSeverity.MEDIUM;
        };
    }

    private static Assessment offline(Reading r, Subject subject) {
        String reason = r.text("reason");
        return new Assessment(
                EventSeverity.MEDIUM,
                subject.unit() + " offline" + (reason == null ? "" : " (" + reason.replace('_', ' ') + ")"));
    }
}
