package org.vigil.core.scenario;

import static org.vigil.core.scenario.FieldReader.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.ContinuityTargets;
import org.vigil.core.model.Layer;

/** Reads one asset of a scenario file: its kind within its layer, owner, identifiers and continuity targets. */
final class AssetReader {

    private final FieldReader fields;
    private final Set<String> organisationIds;
    private final IdentifierReader identifierReader;

    AssetReader(FieldReader fields, Set<String> organisationIds) {
        this.fields = fields;
        this.organisationIds = organisationIds;
        this.identifierReader = new IdentifierReader(fields);
    }

    /** The asset at {@code path}, or empty after reporting every problem it has. */
    Optional<Asset> read(JsonNode node, String path, Set<String> seen) {
        fields.rejectUnknownFields(
                node,
                path,
                Set.of(
                        "id",
                        "layer",
                        "kind",
                        "owner",
                        "name",
                        "description",
                        "criticality",
                        "tags",
                        "identifiers",
                        "continuity"));
        Optional<String> id = fields.id(node, path, "id");
        boolean unique = id.isPresent() && fields.unique(seen, id.get(), child(path, "id"));
        Optional<Layer> layer = fields.enumValue(node, path, "layer", Layer.class);
        Optional<AssetKind> kind = fields.enumValue(node, path, "kind", AssetKind.class);
        if (layer.isPresent() && kind.isPresent() && kind.get().layer() != layer.get()) {
            fields.report(child(path, "kind"), ProblemCode.KIND_NOT_IN_LAYER, kind.get(), layer.get());
            kind = Optional.empty();
        }
        Optional<String> owner = fields.id(node, path, "owner").filter(o -> {
            if (organisationIds.contains(o)) {
                return true;
            }
            fields.report(child(path, "owner"), ProblemCode.UNKNOWN_ORGANISATION, o);
            return false;
        });
        Optional<String> name = fields.text(node, path, "name", true);
        Optional<String> description = fields.text(node, path, "description", false);
        Optional<Long> criticality =
                fields.integer(node, path, "criticality", Asset.MIN_CRITICALITY, Asset.MAX_CRITICALITY);
        List<String> tags = fields.strings(node, path, "tags");
        List<AssetIdentifier> identifiers = identifierReader.read(node, path);
        Optional<Optional<ContinuityTargets>> continuity = continuity(node, path, kind);
        if (!unique
                || kind.isEmpty()
                || owner.isEmpty()
                || name.isEmpty()
                || criticality.isEmpty()
                || continuity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Asset(
                id.get(),
                kind.get(),
                owner.get(),
                name.get(),
                description.orElse(""),
                criticality.get().intValue(),
                tags,
                identifiers,
                continuity.get()));
    }

    /** Empty when invalid; holds an empty optional when validly absent. */
    private Optional<Optional<ContinuityTargets>> continuity(JsonNode node, String path, Optional<AssetKind> kind) {
        JsonNode value = node.get("continuity");
        String continuityPath = child(path, "continuity");
        if (value == null || value.isNull()) {
            if (kind.isPresent() && kind.get() == AssetKind.BUSINESS_SERVICE) {
                fields.report(continuityPath, ProblemCode.CONTINUITY_MISSING);
                return Optional.empty();
            }
            return Optional.of(Optional.empty());
        }
        if (kind.isPresent() && kind.get().layer() != Layer.BUSINESS) {
            fields.report(
                    continuityPath,
                    ProblemCode.CONTINUITY_NOT_BUSINESS,
                    kind.get().layer());
            return Optional.empty();
        }
        if (!fields.isObject(value, continuityPath)) {
            return Optional.empty();
        }
        fields.rejectUnknownFields(value, continuityPath, Set.of("rtoMinutes", "mtpdMinutes", "outputPerDay"));
        Optional<Long> rto = fields.integer(value, continuityPath, "rtoMinutes", 1, Integer.MAX_VALUE);
        Optional<Long> mtpd = fields.integer(value, continuityPath, "mtpdMinutes", 1, Integer.MAX_VALUE);
        Optional<Double> output = fields.optionalNumber(value, continuityPath, "outputPerDay", 0, Double.MAX_VALUE, -1);
        if (rto.isEmpty() || mtpd.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        if (rto.get() > mtpd.get()) {
            fields.report(continuityPath, ProblemCode.RTO_AFTER_MTPD, rto.get(), mtpd.get());
            return Optional.empty();
        }
        return Optional.of(Optional.of(new ContinuityTargets(
                rto.get().intValue(),
                mtpd.get().intValue(),
                output.get() < 0 ? OptionalDouble.empty() : OptionalDouble.of(output.get()))));
    }
}
