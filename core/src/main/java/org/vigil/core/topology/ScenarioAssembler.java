package org.vigil.core.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;

/**
 * Makes a scenario of a fully read topology: an asset per node, dependencies per link (both ways for
 * an undirected link unless the options say otherwise), self-loops and repeated pairs left out and
 * counted. Returns nothing if any problem was found, so no half of a file is ever imported.
 */
final class ScenarioAssembler {

    private final TopologyOptions options;
    private final ProblemList problems;

    ScenarioAssembler(TopologyOptions options, ProblemList problems) {
        this.options = options;
        this.problems = problems;
    }

    /** @param fileName the file's name, to describe the scenario if the options do not */
    Optional<ImportedTopology> assemble(TopologyDraft draft, String fileName) {
        List<TopologyDraft.Node> nodes = draft.nodes();
        if (nodes.isEmpty()) {
            problems.add(0, "", TopologyProblemCode.EMPTY_TOPOLOGY);
            return Optional.empty();
        }
        AssetAttributes assetAttributes = new AssetAttributes(options, problems);
        String[] assetIds =
                new String[nodes.stream().mapToInt(n -> n.index).max().orElse(0) + 1];
        Map<String, String> originalByAssetId = new HashMap<>();
        List<Asset> assets = new ArrayList<>(nodes.size());
        int renamed = 0;
        for (TopologyDraft.Node node : nodes) {
            String assetId = IdRule.vigilId(node.id);
            if (!assetId.equals(node.id)) {
                renamed++;
            }
            String clash = originalByAssetId.putIfAbsent(assetId, node.id);
            if (clash != null) {
                problems.add(node.line, node.where(), TopologyProblemCode.ID_CLASH, assetId, clash, node.id);
                continue;
            }
            assetIds[node.index] = assetId;
            assetAttributes.asset(node, assetId).ifPresent(assets::add);
        }

        DependencyAttributes dependencyAttributes = new DependencyAttributes(options, problems);
        List<TopologyDraft.Edge> edges = draft.edges();
        List<Dependency> dependencies = new ArrayList<>();
        PairSet pairs = new PairSet();
        int selfLoops = 0;
        int duplicates = 0;
        for (TopologyDraft.Edge edge : edges) {
            if (edge.from == edge.to) {
                selfLoops++;
                continue;
            }
            Optional<DependencyAttributes.Parameters> parameters = dependencyAttributes.of(edge);
            if (parameters.isEmpty() || !problems.isEmpty()) {
                continue; // keep looking for problems, but build nothing more
            }
            if (pairs.add(edge.from.index, edge.to.index)) {
                dependencies.add(parameters.get().between(assetIds[edge.from.index], assetIds[edge.to.index]));
            } else {
                duplicates++;
            }
            if (!edge.directed && options.undirectedBothWays()) {
                if (pairs.add(edge.to.index, edge.from.index)) {
                    dependencies.add(parameters.get().between(assetIds[edge.to.index], assetIds[edge.from.index]));
                } else {
                    duplicates++;
                }
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Scenario scenario = new Scenario(
                options.scenarioId(),
                options.scenarioName(),
                options.scenarioDescription().isBlank()
                        ? "Imported from " + fileName + "."
                        : options.scenarioDescription(),
                assetAttributes.organisations(),
                List.of(),
                assets,
                dependencies,
                List.of(),
                ScenarioTexts.NONE);
        ImportReport report =
                new ImportReport(nodes.size(), edges.size(), dependencies.size(), selfLoops, duplicates, renamed);
        return Optional.of(new ImportedTopology(scenario, report));
    }
}
