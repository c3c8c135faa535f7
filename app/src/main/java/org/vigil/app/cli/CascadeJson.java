package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.OptionalDouble;
import org.vigil.core.cascade.AffectedOrganisation;
import org.vigil.core.cascade.AssetFailureProbability;
import org.vigil.core.cascade.BlastRadius;
import org.vigil.core.cascade.BlastRadiusCount;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.cascade.Hop;
import org.vigil.core.cascade.MonteCarloResult;
import org.vigil.core.cascade.ServiceContinuity;
import org.vigil.core.cascade.StartCondition;

/**
 * Writes cascade findings for scripts: English field names, times as minutes after the reference
 * time (numbers), shares from 0 to 1, every asset hit and every service assessed. An absent time
 * (a target never breached, a disruption that outlasts the run) is {@code null}. Monte Carlo runs,
 * if asked for, come under {@code monteCarlo}, their shares aligned with {@code horizonMinutes}.
 */
final class CascadeJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(CascadeFindings findings) throws JsonProcessingException {
        CascadeResult result = findings.result();
        ObjectNode root =
                mapper.createObjectNode().put("scenario", findings.scenario().id());
        ArrayNode start = root.putArray("start");
        for (StartCondition s : result.startConditions()) {
            ObjectNode node = start.addObject()
                    .put("asset", s.assetId())
                    .put("state", lower(s.state().name()));
            minutes(node, "startMinute", s.startMinute());
        }
        ArrayNode horizons = root.putArray("horizonMinutes");
        result.horizons().forEach(h -> addMinutes(horizons, h));
        root.put("assetsHit", findings.ranked().size());
        root.set("assets", assets(findings));
        root.set("continuity", continuity(findings));
        root.put("totalLoss", findings.continuity().totalLoss());
        root.set("explanations", explanations(findings));
        findings.monteCarlo().ifPresent(runs -> root.set("monteCarlo", monteCarlo(runs)));
        return mapper.writeValueAsString(root);
    }

    private ArrayNode assets(CascadeFindings findings) {
        CascadeResult result = findings.result();
        CascadeGraph graph = result.graph();
        ArrayNode assets = mapper.createArrayNode();
        for (int a : findings.ranked()) {
            ObjectNode node = assets.addObject()
                    .put("asset", graph.assetId(a))
                    .put("layer", lower(graph.layer(a).name()))
                    .put("organisation", graph.organisationId(graph.owner(a)));
            minutes(node, "onsetMinute", result.onsetMinute(a));
            node.put("likelihood", result.likelihood(a)).put("level", result.level(a));
            ArrayNode impacts = node.putArray("impacts");
            ArrayNode risks = node.putArray("risks");
            for (int h = 0; h < result.horizons().size(); h++) {
                impacts.add(result.impact(a, h));
                risks.add(result.risk(a, h));
            }
        }
        return assets;
    }

    private ArrayNode continuity(CascadeFindings findings) {
        CascadeGraph graph = findings.result().graph();
        ArrayNode services = mapper.createArrayNode();
        for (ServiceContinuity s : findings.continuity().services()) {
            int a = graph.requireIndex(s.assetId());
            ObjectNode node = services.addObject()
                    .put("service", s.assetId())
                    .put("organisation", graph.organisationId(graph.owner(a)));
            minutes(node, "rtoMinutes", graph.rtoMinutes(a));
            minutes(node, "mtpdMinutes", graph.mtpdMinutes(a));
            minutes(node, "onsetMinute", s.onsetMinute());
            minutes(node, "rtoBreachMinute", s.rtoBreachMinute());
            minutes(node, "mtpdBreachMinute", s.mtpdBreachMinute());
            minutes(node, "disruptionEndMinute", s.disruptionEndMinute());
            if (s.loss().isPresent()) {
                node.put("loss", s.loss().getAsDouble());
            } else {
                node.putNull("loss");
            }
            ArrayNode affected = node.putArray("affectedOrganisations");
            for (AffectedOrganisation o : s.affectedOrganisations()) {
                ObjectNode org = affected.addObject().put("organisation", o.organisationId());
                minutes(org, "notifyByMinute", o.notifyByMinute());
                org.set("assets", mapper.valueToTree(o.assetIds()));
            }
        }
        return services;
    }

    private ArrayNode explanations(CascadeFindings findings) {
        ArrayNode explanations = mapper.createArrayNode();
        for (ExplanationPath path : findings.explanations()) {
            ObjectNode node = explanations
                    .addObject()
                    .put("asset", path.assetIds().get(path.hops().size()))
                    .put("likelihood", path.likelihood());
            minutes(node, "arrivalMinute", path.arrivalMinute());
            ArrayNode steps = node.putArray("path");
            minutes(steps.addObject().put("asset", path.startAssetId()), "arrivalMinute", path.startMinute());
            for (Hop hop : path.hops()) {
                ObjectNode step = steps.addObject().put("asset", hop.toId()).put("from", hop.fromId());
                minutes(step, "arrivalMinute", hop.arrivalMinute());
                step.put("likelihood", hop.likelihood());
                hop.redundancyGroup().ifPresent(g -> step.put("redundancyGroup", g));
            }
        }
        return explanations;
    }

    private ObjectNode monteCarlo(MonteCarloResult runs) {
        ObjectNode node = mapper.createObjectNode().put("runs", runs.runs()).put("seed", runs.seed());
        ArrayNode assets = node.putArray("assets");
        for (AssetFailureProbability asset : runs.assets()) {
            ObjectNode a = assets.addObject().put("asset", asset.assetId()).put("probabilityEver", asset.ever());
            minutes(a, "meanOnsetMinute", asset.meanOnsetMinute());
            a.set("probabilities", mapper.valueToTree(asset.byHorizon()));
            ArrayNode errors = a.putArray("standardErrors");
            for (int h = 0; h < runs.horizons().size(); h++) {
                errors.add(runs.standardError(asset.assetId(), h));
            }
        }
        ArrayNode radii = node.putArray("blastRadius");
        for (int h = 0; h < runs.horizons().size(); h++) {
            ObjectNode r = radii.addObject();
            minutes(r, "horizonMinute", runs.horizons().get(h));
            blastRadius(r, runs.blastRadius(h));
        }
        ObjectNode ever = radii.addObject().putNull("horizonMinute");
        blastRadius(ever, runs.blastRadiusEver());
        return node;
    }

    /** Assets hit per run; the horizon of the all-time row is null. */
    private void blastRadius(ObjectNode node, BlastRadius radius) {
        node.put("mean", radius.mean())
                .put("median", radius.median())
                .put("p90", radius.percentile(0.9))
                .put("min", radius.min())
                .put("max", radius.max());
        ArrayNode histogram = node.putArray("histogram");
        for (BlastRadiusCount bar : radius.histogram()) {
            histogram.addObject().put("assets", bar.assets()).put("runs", bar.runs());
        }
    }

    /** Whole minutes as integers, so that scripts and people read 1150 rather than 1150.0. */
    private static void minutes(ObjectNode node, String field, double minutes) {
        if (minutes == Math.rint(minutes) && Math.abs(minutes) < 1e15) {
            node.put(field, (long) minutes);
        } else {
            node.put(field, minutes);
        }
    }

    private static void minutes(ObjectNode node, String field, OptionalDouble minutes) {
        if (minutes.isPresent()) {
            minutes(node, field, minutes.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    private static void addMinutes(ArrayNode array, double minutes) {
        if (minutes == Math.rint(minutes) && Math.abs(minutes) < 1e15) {
            array.add((long) minutes);
        } else {
            array.add(minutes);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
