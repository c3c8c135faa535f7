package org.vigil.core.scenario;

import static org.vigil.core.scenario.FieldReader.child;
import static org.vigil.core.scenario.FieldReader.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.IdentifierType;

/** Reads an asset's {@code identifiers} object and checks IP addresses and CIDR networks. */
final class IdentifierReader {

    private final FieldReader fields;

    IdentifierReader(FieldReader fields) {
        this.fields = fields;
    }

    List<AssetIdentifier> read(JsonNode asset, String assetPath) {
        JsonNode value = asset.get("identifiers");
        String path = child(assetPath, "identifiers");
        List<AssetIdentifier> result = new ArrayList<>();
        if (value == null || value.isNull() || !fields.isObject(value, path)) {
            return result;
        }
        value.fieldNames().forEachRemaining(key -> {
            Optional<IdentifierType> type = IdentifierType.fromJsonKey(key);
            if (type.isEmpty()) {
                fields.report(child(path, key), ProblemCode.UNKNOWN_FIELD, key);
                return;
            }
            List<String> values = fields.strings(value, path, key);
            for (int i = 0; i < values.size(); i++) {
                String text = values.get(i).trim();
                String valuePath = element(child(path, key), i);
                if (type.get() == IdentifierType.IP && !IpAddresses.isAddress(text)) {
                    fields.report(valuePath, ProblemCode.BAD_IP, text);
                } else if (type.get() == IdentifierType.CIDR && !IpAddresses.isNetwork(text)) {
                    fields.report(valuePath, ProblemCode.BAD_CIDR, text);
                } else {
                    result.add(new AssetIdentifier(type.get(), text));
                }
            }
        });
        return result;
    }
}
