package org.vigil.core.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Organisation;

/**
 * Makes an asset of a node: its attributes where the file gives them, the options' defaults
 * otherwise. Also collects the organisations the nodes name. See docs/topology-import.md.
 */
final class AssetAttributes {

    /** The node attributes Vigil reads, in lower case. */
    static final Set<String> NAMES =
            Set.of("label", "name", "kind", "organisation", "organization", "criticality", "description", "desc");

    private final TopologyOptions options;
    private final AttributeReader values;
    private final ProblemList problems;
    /** The organisations nodes name, other than the options' one, by the name as the file gives it. */
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    /** The ids of those organisations, each to the name it was made from. */
    private final Map<String, String> organisationNameById = new HashMap<>();

    private boolean defaultUsed;

    AssetAttributes(TopologyOptions options, ProblemList problems) {
        this.options = options;
        this.problems = problems;
        this.values = new AttributeReader(problems);
    }

    /** The asset for a node, or empty after reporting what is wrong with it. */
    Optional<Asset> asset(TopologyDraft.Node node, String assetId) {
        String where = node.where();
        int line = node.line;
        String name = first(node, line, where, "label", "name").orElse(node.id.isBlank() ? assetId : node.id);
        Optional<AssetKind> kind = node.attribute("kind") == null
                ? Optional.of(options.assetKind())
                : values.constant(line, where + ".kind", node.attribute("kind"), AssetKind.class);
        if (kind.isPresent() && kind.get() == AssetKind.BUSINESS_SERVICE) {
            // A business service needs continuity targets, which no topology file gives.
            problems.add(line, where + ".kind", TopologyProblemCode.KIND_NEEDS_CONTINUITY, kind.get());
            kind = Optional.empty();
        }
        Optional<String> owner = owner(node, line, where);
        Optional<Integer> criticality = node.attribute("criticality") == null
                ? Optional.of(options.criticality())
                : values.integer(
                        line,
                        where + ".criticality",
                        node.attribute("criticality"),
                        Asset.MIN_CRITICALITY,
                        Asset.MAX_CRITICALITY);
        String description = first(node, line, where, "description", "desc").orElse("");
        if (kind.isEmpty() || owner.isEmpty() || criticality.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Asset(
                assetId,
                kind.get(),
                owner.get(),
                name,
                description,
                criticality.get(),
                List.of(),
                List.of(),
                Optional.empty()));
    }

    /** The organisations the assets so far belong to, the options' organisation first. */
    List<Organisation> organisations() {
        List<Organisation> result = new ArrayList<>();
        if (defaultUsed) {
            result.add(options.organisation());
        }
        result.addAll(organisations.values());
        return result;
    }

    /** The options' organisation unless the node names another, which is then added with the options' type. */
    private Optional<String> owner(TopologyDraft.Node node, int line, String where) {
        String field = node.attribute("organisation") != null ? "organisation" : "organization";
        Optional<String> named = values.text(line, where + "." + field, node.attribute(field));
        String id = named.map(IdRule::vigilId).orElse(options.organisation().id());
        if (id.equals(options.organisation().id())) {
            defaultUsed = true;
            return Optional.of(id);
        }
        Organisation known = organisations.get(named.get());
        if (known != null) {
            return Optional.of(known.id());
        }
        String clash = organisationNameById.putIfAbsent(id, named.get());
        if (clash != null) {
            problems.add(line, where + "." + field, TopologyProblemCode.ID_CLASH, id, clash, named.get());
            return Optional.empty();
        }
        organisations.put(
                named.get(), new Organisation(id, options.organisation().type(), named.get()));
        return Optional.of(id);
    }

    private Optional<String> first(TopologyDraft.Node node, int line, String where, String name, String alias) {
        Optional<String> value = values.text(line, where + "." + name, node.attribute(name));
        return value.isPresent() ? value : values.text(line, where + "." + alias, node.attribute(alias));
    }
}
