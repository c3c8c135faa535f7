package org.vigil.core.feed.ocsf;

import static org.vigil.core.feed.JsonFields.object;
import static org.vigil.core.feed.JsonFields.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigil.core.feed.JsonFields;

/** The one-line summary of an OCSF event. */
final class OcsfSummary {

    /** Longer messages are cut here, with an ellipsis. */
    static final int MAX_LENGTH = 300;

    private OcsfSummary() {}

    /**
     * A finding's title ({@code finding_info.title}, OCSF 1.0 {@code finding.title}) or the event's
     * {@code message} when present; otherwise built from the event type and what it acts on, e.g.
     * "Authentication: Logon by anaya from 192.0.2.0 (Success)" or "DNS Activity: Query for
     * evil.example from 10.1.2.3"; API Activity names the operation and service. Titles and built
     * summaries start with the product in brackets.
     */
    static String of(JsonNode event, long classUid) {
        JsonNode metadata = object(event, "metadata", "metadata");
        JsonNode product = object(metadata, "product", "metadata.product");
        String productName = optionalText(product, "name", "metadata.product.name");
        if (productName == null) {
            productName = optionalText(product, "vendor_name", "metadata.product.vendor_name");
        }
        String prefix = productName == null ? "" : "[" + oneLine(productName) + "] ";
        String title = optionalText(object(event, "finding_info", "finding_info"), "title", "finding_info.title");
        if (title == null) {
            title = optionalText(object(event, "finding", "finding"), "title", "finding.title");
        }
        if (title != null) {
            return cut(prefix + oneLine(title));
        }
        String message = optionalText(event, "message", "message");
        if (message != null) {
            return cut(oneLine(message));
        }
        return cut(prefix + built(event, classUid));
    }

    private static String built(JsonNode event, long classUid) {
        StringBuilder text = new StringBuilder(96).append(head(event, classUid));
        JsonNode api = classUid == OcsfMapping.API_ACTIVITY ? object(event, "api", "api") : null;
        String operation = optionalText(api, "operation", "api.operation");
        if (operation != null) {
            text.append(' ').append(operation);
            String service = optionalText(object(api, "service", "api.service"), "name", "api.service.name");
            if (service != null) {
                text.append(" on ").append(service);
            }
        }
        String query = optionalText(object(event, "query", "query"), "hostname", "query.hostname");
        if (query != null) {
            text.append(" for ").append(query);
        }
        String url = OcsfEntities.url(event);
        if (url != null) {
            text.append(' ').append(url);
        }
        JsonNode file = object(event, "file", "file");
        String path = optionalText(file, "path", "file.path");
        String fileName = path != null ? path : optionalText(file, "name", "file.name");
        if (fileName != null) {
            text.append(' ').append(fileName);
        }
        String user = user(event);
        if (user != null) {
            text.append(" by ").append(user);
        }
        String from = address(event, "src_endpoint");
        if (from != null) {
            text.append(" from ").append(from);
        }
        String to = address(event, "dst_endpoint");
        if (to != null) {
            text.append(" to ").append(to);
        }
        String status = optionalText(event, "status", "status");
        if (status != null) {
            text.append(" (").append(status).append(')');
        }
        return oneLine(text.toString());
    }

    /** {@code type_name}, else "class_name: activity_name", else the class id. */
    private static String head(JsonNode event, long classUid) {
        String type = optionalText(event, "type_name", "type_name");
        if (type != null) {
            return type;
        }
        String className = optionalText(event, "class_name", "class_name");
        String activity = optionalText(event, "activity_name", "activity_name");
        if (className == null) {
            return "OCSF class " + classUid + (activity == null ? "" : ": " + activity);
        }
        return activity == null ? className : className + ": " + activity;
    }

    private static String user(JsonNode event) {
        JsonNode actorUser = object(object(event, "actor", "actor"), "user", "actor.user");
        JsonNode user = object(event, "user", "user");
        String name = optionalText(actorUser, "name", "actor.user.name");
        if (name == null) {
            name = optionalText(user, "name", "user.name");
        }
        if (name == null) {
            name = optionalText(actorUser, "uid", "actor.user.uid");
        }
        return name != null ? name : optionalText(user, "uid", "user.uid");
    }

    private static String address(JsonNode event, String key) {
        JsonNode endpoint = object(event, key, key);
        String ip = optionalText(endpoint, "ip", key + ".ip");
        return ip != null ? ip : optionalText(endpoint, "hostname", key + ".hostname");
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** The text stripped and on one line. */
    private static String oneLine(String text) {
        return JsonFields.oneLine(text.strip());
    }
}
