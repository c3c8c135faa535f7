package org.vigil.core.feed.json;

import java.util.List;
import java.util.Set;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.json.JsonWalk.Leaf;

/**
 * Entities named by their key: users, hosts, device and vehicle ids and domains, under the key
 * names monitors commonly give them (normalised, {@link KeyWords#normalised}).
 */
final class EntityKeys {

    static final Set<String> USER_KEYS = Set.of(
            "user",
            "username",
            "userprincipalname",
            "upn",
            "accountupn",
            "userid",
            "account",
            "accountname",
            "samaccountname",
            "login",
            "loginname",
            "principalname",
            "suser",
            "duser",
            "srcuser",
            "dstuser",
            "sourceuser",
            "targetuser",
            "targetusername",
            "subjectusername");

    static final Set<String> HOST_KEYS = Set.of(
            "host",
            "hostname",
            "computer",
            "computername",
            "devicename",
            "machinename",
            "workstation",
            "workstationname",
            "servername",
            "fqdn",
            "instance",
            "dvchost",
            "shost",
            "dhost",
            "srchost",
            "dsthost");

    /**
     * A {@code name} or {@code displayName} inside an object whose key contains one of these is a
     * host: {@code deviceDetail.displayName}.
     */
    private static final List<String> HOST_OBJECTS = List.of("device", "host", "computer", "agent");

    static final Set<String> DEVICE_KEYS = Set.of(
            "deviceid",
            "sensorid",
            "accesspointid",
            "readerid",
            "doorid",
            "terminalid",
            "trackerid",
            "serialnumber",
            "imei");

    static final Set<String> VEHICLE_KEYS = Set.of("vehicleid", "vehicle", "licenseplate", "platenumber", "vin");

    private EntityKeys() {}

    /** Adds the entity the leaf's key says its value is, if any. */
    static void add(Leaf leaf, Set<Entity> entities) {
        boolean number = leaf.value().isIntegralNumber();
        if (!leaf.isText() && !number) {
            return;
        }
        String key = KeyWords.normalised(leaf.key());
        String value = leaf.text().strip();
        if (value.isEmpty() || value.length() > 256) {
            return;
        }
        if (DEVICE_KEYS.contains(key)) {
            entities.add(new Entity(EntityType.DEVICE_ID, value));
        } else if (VEHICLE_KEYS.contains(key)) {
            entities.add(new Entity(EntityType.VEHICLE_ID, value));
        } else if (number) {
            return;
        } else if (USER_KEYS.contains(key)) {
            // Windows writes "-" for no user and "NAME$" for computer accounts; a UUID is an object id and a
            // URL (CEF duser of an upload) a destination, not a name.
            if (!value.equals("-") && !value.endsWith("$") && !ValueShapes.isUuid(value) && !value.contains("://")) {
                entities.add(new Entity(EntityType.USER, value));
            }
        } else if (HOST_KEYS.contains(key) || isNamedHostObject(key, leaf.parentKey())) {
            String host = withoutPort(value);
            if (ValueShapes.isIp(host)) {
                entities.add(new Entity(EntityType.IP, host));
            } else if (host.indexOf(' ') < 0 && !host.equals("-")) {
                entities.add(new Entity(EntityType.HOST, host));
            }
        } else if (key.endsWith("domain") && ValueShapes.isDomain(value)) {
            entities.add(new Entity(EntityType.DOMAIN, value));
        }
    }

    /** {@code db-01:9100} (a Prometheus instance) names host db-01; an IPv6 address keeps its colons. */
    private static String withoutPort(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1 || value.indexOf(':') != colon) {
            return value;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return value;
            }
        }
        return value.substring(0, colon);
    }

    private static boolean isNamedHostObject(String key, String parentKey) {
        if (!key.equals("name") && !key.equals("displayname")) {
            return false;
        }
        String parent = KeyWords.normalised(parentKey);
        return HOST_OBJECTS.stream().anyMatch(parent::contains);
    }
}
