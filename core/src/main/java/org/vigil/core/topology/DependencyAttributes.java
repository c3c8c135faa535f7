package org.vigil.core.topology;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;

/**
 * Reads the dependency parameters of a link: its attributes where the file gives them, the
 * options' defaults otherwise, and its {@code weight} only if the options map it. See
 * docs/topology-import.md.
 */
final class DependencyAttributes {

    /** The link attributes Vigil reads, in lower case. */
    static final Set<String> NAMES = Set.of(
            "type",
            "likelihood",
            "delayminutes",
            "delay",
            "growth",
            "rampminutes",
            "ramp",
            "maximpact",
            "redundancygroup",
            "weight");

    /** What a link gives each of the dependencies it becomes. */
    record Parameters(
            DependencyType type,
            double likelihood,
            double delayMinutes,
            ImpactGrowth growth,
            double rampMinutes,
            double maxImpact,
            Optional<String> redundancyGroup) {

        Dependency between(String fromId, String toId) {
            return new Dependency(
                    fromId, toId, type, likelihood, delayMinutes, growth, rampMinutes, maxImpact, redundancyGroup);
        }
    }

    private final TopologyOptions options;
    private final AttributeReader values;
    private final ProblemList problems;
    private final Parameters defaults;

    DependencyAttributes(TopologyOptions options, ProblemList problems) {
        this.options = options;
        this.problems = problems;
        this.values = new AttributeReader(problems);
        DependencyDefaults d = options.dependency();
        this.defaults = new Parameters(
                d.type(),
                d.likelihood(),
                d.delayMinutes(),
                d.growth(),
                d.rampMinutes(),
                d.maxImpact(),
                Optional.empty());
    }

    /** The parameters of a link, or empty after reporting what is wrong with it. */
    Optional<Parameters> of(TopologyDraft.Edge edge) {
        if (!edge.hasAttributes()) {
            return Optional.of(defaults); // most links of large files: share one value
        }
        int line = edge.line;
        DependencyDefaults d = options.dependency();
        Optional<DependencyType> type = edge.attribute("type") == null
                ? Optional.of(d.type())
                : values.constant(line, edge.where("type"), edge.attribute("type"), DependencyType.class);
        Optional<Double> likelihood = number(edge, WeightMapping.LIKELIHOOD, 1, d.likelihood(), "likelihood");
        Optional<Double> delay =
                number(edge, WeightMapping.DELAY_MINUTES, Double.MAX_VALUE, d.delayMinutes(), "delayMinutes", "delay");
        Optional<Double> maxImpact = number(edge, WeightMapping.MAX_IMPACT, 1, d.maxImpact(), "maxImpact");
        Optional<String> group = values.text(line, edge.where("redundancyGroup"), edge.attribute("redundancygroup"));
        Optional<Double> ramp = number(edge, null, Double.MAX_VALUE, -1, "rampMinutes", "ramp");
        Optional<ImpactGrowth> growth = edge.attribute("growth") == null
                ? Optional.of(d.growth())
                : values.constant(line, edge.where("growth"), edge.attribute("growth"), ImpactGrowth.class);
        if (type.isEmpty()
                || likelihood.isEmpty()
                || delay.isEmpty()
                || maxImpact.isEmpty()
                || ramp.isEmpty()
                || growth.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> rampMinutes = rampFor(edge, growth.get(), ramp.get());
        return rampMinutes.map(r ->
                new Parameters(type.get(), likelihood.get(), delay.get(), growth.get(), r, maxImpact.get(), group));
    }

    /**
     * The ramp, given (not negative) or not (-1). Left out, it is the default's for a growth that
     * needs one and 0 for a step; given, it must fit the growth, as in a scenario file.
     */
    private Optional<Double> rampFor(TopologyDraft.Edge edge, ImpactGrowth growth, double given) {
        double ramp =
                given >= 0 ? given : growth.needsRamp() ? options.dependency().rampMinutes() : 0;
        String where = edge.where(edge.attribute("rampminutes") != null ? "rampMinutes" : "ramp");
        if (growth.needsRamp() && ramp == 0) {
            problems.add(
                    edge.line, given >= 0 ? where : edge.where("growth"), TopologyProblemCode.RAMP_MISSING, growth);
            return Optional.empty();
        }
        if (!growth.needsRamp() && ramp != 0) {
            problems.add(edge.line, where, TopologyProblemCode.RAMP_FOR_STEP);
            return Optional.empty();
        }
        return Optional.of(ramp);
    }

    /**
     * The first of the named attributes the link has, else its weight if the options map the weight
     * here, else the default.
     */
    private Optional<Double> number(
            TopologyDraft.Edge edge, WeightMapping weightGives, double max, double absent, String... names) {
        for (String name : names) {
            Object value = edge.attribute(name.toLowerCase(Locale.ROOT));
            if (value != null) {
                return values.number(edge.line, edge.where(name), value, 0, max);
            }
        }
        Object weight = edge.attribute("weight");
        if (weight != null && options.weight() == weightGives) {
            return values.number(edge.line, edge.where("weight"), weight, 0, max);
        }
        return Optional.of(absent);
    }
}
