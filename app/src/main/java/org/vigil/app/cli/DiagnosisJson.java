package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.Diagnosis;
import org.vigil.core.cascade.Observation;
import org.vigil.core.cascade.PredictedImpact;
import org.vigil.core.cascade.RootCauseCandidate;

/**
 * Writes a root-cause diagnosis for scripts: English field names, times as minutes after the
 * reference time (or from now, when {@code relativeToNow}), posteriors and likelihoods from 0 to 1,
 * scores as log-likelihoods, and every candidate in rank order with everything it predicts.
 */
final class DiagnosisJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(DiagnosisFindings findings) throws JsonProcessingException {
        Diagnosis diagnosis = findings.diagnosis();
        ObjectNode root = mapper.createObjectNode().put("scenario", findings.scenarioId());
        JsonMinutes.put(root, "nowMinute", diagnosis.nowMinute());
        root.put("relativeToNow", findings.relativeToNow());
        ArrayNode observations = root.putArray("observations");
        for (Observation o : diagnosis.observations()) {
            JsonMinutes.put(observations.addObject().put("asset", o.assetId()), "minute", o.minute());
        }
        ArrayNode candidates = root.putArray("candidates");
        CascadeGraph graph = findings.graph();
        for (RootCauseCandidate c : diagnosis.candidates()) {
            int a = graph.requireIndex(c.assetId());
            ObjectNode node = candidates
                    .addObject()
                    .put("asset", c.assetId())
                    .put("layer", graph.layer(a).name().toLowerCase(Locale.ROOT))
                    .put("organisation", graph.organisationId(graph.owner(a)))
                    .put("score", c.score())
                    .put("posterior", c.posterior());
            JsonMinutes.put(node, "failureMinute", c.failureMinute());
            node.set("explained", mapper.valueToTree(c.explained()));
            node.set("unexplained", mapper.valueToTree(c.unexplained()));
            node.set("overdue", impacts(c.overdue()));
            node.set("predictions", impacts(c.predictions()));
        }
        return mapper.writeValueAsString(root);
    }

    private ArrayNode impacts(List<PredictedImpact> impacts) {
        ArrayNode array = mapper.createArrayNode();
        for (PredictedImpact p : impacts) {
            ObjectNode node = array.addObject().put("asset", p.assetId());
            JsonMinutes.put(node, "onsetMinute", p.onsetMinute());
            node.put("likelihood", p.likelihood());
        }
        return array;
    }
}
