package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vigil.core.cascade.AssetBetweenness;
import org.vigil.core.cascade.AssetExpectedImpact;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CriticalityReport;
import org.vigil.core.cascade.DependencyChain;

/**
 * Writes a criticality report for scripts: English field names, the horizon in minutes, every
 * asset in each ranking (highest first), and the riskiest chains asked for.
 */
final class CriticalityJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(String scenarioId, CascadeGraph graph, CriticalityReport report, int maxHops)
            throws JsonProcessingException {
        ObjectNode root = mapper.createObjectNode().put("scenario", scenarioId);
        JsonMinutes.put(root, "horizonMinute", report.horizonMinute());
        ArrayNode impacts = root.putArray("expectedImpacts");
        for (AssetExpectedImpact asset : report.expectedImpacts()) {
            asset(impacts, graph, asset.assetId())
                    .put("expectedImpact", asset.expectedImpact())
                    .put("assetsHit", asset.assetsHit());
        }
        ArrayNode betweenness = root.putArray("betweenness");
        for (AssetBetweenness asset : report.betweenness()) {
            asset(betweenness, graph, asset.assetId()).put("betweenness", asset.betweenness());
        }
        root.put("maxHops", maxHops);
        ArrayNode chains = root.putArray("riskiestChains");
        for (DependencyChain chain : report.riskiestChains()) {
            ObjectNode node = chains.addObject();
            node.set("assets", mapper.valueToTree(chain.assetIds()));
            node.put("likelihood", chain.likelihood())
                    .put("endCriticality", chain.endCriticality())
                    .put("risk", chain.risk());
        }
        return mapper.writeValueAsString(root);
    }

    private static ObjectNode asset(ArrayNode array, CascadeGraph graph, String assetId) {
        int a = graph.requireIndex(assetId);
        return array.addObject()
                .put("asset", assetId)
                .put("layer", graph.layer(a).name().toLowerCase(Locale.ROOT))
                .put("organisation", graph.organisationId(graph.owner(a)));
    }
}
