package org.vigil.visual.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeModel;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.cascade.live.IncidentStarts;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentEvent;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.store.EventRepository;
import org.vigil.core.store.IncidentRepository;
import org.vigil.core.store.ScenarioRepository;

/**
 * Gathers what a report says from the workspace: incidents and their events, the scenarios' asset
 * names, the cascade the incidents drive (the live cascade's, or worked out here when it has not run
 * yet) and the feeds' counts. Blocking reads: call it off the UI thread.
 */
public final class ReportSources {

    /** Events an incident report lists at most; a longer incident says how many it leaves out. */
    static final int MAX_EVENTS = 20_000;

    private static final int MAX_INCIDENTS = 10_000;
    private static final int CRITICAL_ASSETS = 10;
    /** Criticality by a day after the failure (the default horizons' fourth). */
    private static final int CRITICALITY_HORIZON = 3;

    private final IncidentRepository incidents;
    private final ScenarioRepository scenarios;
    private final EventRepository events;
    private final LiveCascade live;
    private final CascadeModel model;
    private final RuleTitles titles;
    private final Clock clock;
    private final AttackTechniqueNames techniques = new AttackTechniqueNames();

    /**
     * @param live the window's live cascade, whose situations the situation report shows
     * @param model the engine an incident's own cascade is worked out with
     */
    public ReportSources(
            IncidentRepository incidents,
            ScenarioRepository scenarios,
            EventRepository events,
            LiveCascade live,
            CascadeModel model,
            RuleTitles titles,
            Clock clock) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.events = Objects.requireNonNull(events, "events");
        this.live = Objects.requireNonNull(live, "live");
        this.model = Objects.requireNonNull(model, "model");
        this.titles = Objects.requireNonNull(titles, "titles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The incident's report in the language of {@code languageTag}, or empty if there is no such incident. */
    public Optional<IncidentReport> incident(String incidentId, String languageTag) {
        Optional<Incident> found = incidents.find(incidentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        IncidentSummary summary = incident.summary();
        Map<String, Scenario> byId = scenariosById();
        Map<String, String> assetNames = new LinkedHashMap<>();
        for (String asset : summary.assetIds()) {
            assetName(byId, asset, languageTag).ifPresent(name -> assetNames.put(asset, name));
        }
        Map<String, String> techniqueNames = new LinkedHashMap<>();
        for (String technique : summary.techniques()) {
            techniques.name(technique).ifPresent(name -> techniqueNames.put(technique, name));
        }
        List<ReportEvent> rows = incidents.eventDetails(incidentId, MAX_EVENTS).stream()
                .map(ReportSources::row)
                .toList();
        Optional<Instant> created = incident.changes().stream()
                .filter(c -> c.kind() == IncidentChange.Kind.CREATED)
                .map(IncidentChange::changedAt)
                .findFirst();
        List<CascadeDigest> cascades = new ArrayList<>();
        for (String scenarioId : scenarioIdsOf(summary)) {
            Scenario scenario = byId.get(scenarioId);
            if (scenario != null) {
                IncidentStarts.of(scenarioId, List.of(summary))
                        .map(starts -> digest(scenario, starts, languageTag))
                        .ifPresent(cascades::add);
            }
        }
        return Optional.of(new IncidentReport(
                clock.instant(),
                incident,
                titles.title(summary.ruleId(), languageTag, summary.title()),
                assetNames,
                techniqueNames,
                rows,
                Math.max(summary.eventCount(), rows.size()),
                created,
                CascadeDigest.merge(cascades)));
    }

    /**
     * The situation of one scenario, or of the whole workspace when {@code scenarioId} is empty,
     * named {@code workspaceName} then.
     */
    public SituationReport situation(Optional<String> scenarioId, String languageTag, String workspaceName) {
        List<Scenario> inScope = scenarios.all().stream()
                .filter(s -> scenarioId.isEmpty() || s.id().equals(scenarioId.get()))
                .toList();
        if (scenarioId.isPresent() && inScope.isEmpty()) {
            throw new IllegalArgumentException("no scenario " + scenarioId.get());
        }
        List<IncidentSummary> all = incidents.list(MAX_INCIDENTS);
        List<SituationReport.Line> lines = all.stream()
                .filter(i -> scenarioId.isEmpty() || scenarioIdsOf(i).contains(scenarioId.get()))
                .map(i -> new SituationReport.Line(i, titles.title(i.ruleId(), languageTag, i.title())))
                .toList();
        List<CascadeDigest> cascades = new ArrayList<>();
        List<SituationReport.CriticalAsset> critical = new ArrayList<>();
        CriticalityAnalysis criticality = CriticalityAnalysis.sequential(CascadeSettings.DEFAULTS);
        for (Scenario scenario : inScope) {
            cascade(scenario, all, languageTag).ifPresent(cascades::add);
            CascadeGraph graph = CascadeGraph.of(scenario);
            criticality.expectedImpacts(graph, CRITICALITY_HORIZON).stream()
                    .limit(CRITICAL_ASSETS)
                    .forEach(a -> scenario.asset(a.assetId())
                            .ifPresent(asset -> critical.add(new SituationReport.CriticalAsset(
                                    scenario.id(),
                                    asset.id(),
                                    name(scenario, asset, languageTag),
                                    asset.criticality(),
                                    a.expectedImpact(),
                                    a.assetsHit()))));
        }
        critical.sort(Comparator.comparingDouble(SituationReport.CriticalAsset::expectedImpact)
                .reversed()
                .thenComparing(SituationReport.CriticalAsset::scenarioId)
                .thenComparing(SituationReport.CriticalAsset::assetId));
        String scope = scenarioId.isEmpty()
                ? workspaceName
                : inScope.get(0)
                        .texts()
                        .text(
                                languageTag,
                                ScenarioTexts.scenarioName(),
                                inScope.get(0).name());
        return new SituationReport(
                clock.instant(),
                scenarioId,
                scope,
                lines,
                CascadeDigest.merge(cascades),
                critical.stream().limit(CRITICAL_ASSETS).toList(),
                new SituationReport.FeedCounts(events.eventCount(), events.quarantineCount(), events.unmappedCount()));
    }

    /** The live cascade's situation; worked out here if the live cascade has not caught up yet. */
    private Optional<CascadeDigest> cascade(Scenario scenario, List<IncidentSummary> all, String languageTag) {
        Optional<CascadeSituation> published = live.situation(scenario.id());
        if (published.isPresent()) {
            return Optional.of(digest(scenario, published.get(), languageTag));
        }
        return IncidentStarts.of(scenario.id(), all).map(starts -> digest(scenario, starts, languageTag));
    }

    private CascadeDigest digest(Scenario scenario, IncidentStarts starts, String languageTag) {
        CascadeGraph graph = CascadeGraph.of(scenario);
        CascadeResult result = model.propagate(graph, known(graph, starts));
        return CascadeDigest.of(scenario, starts.reference(), result, ContinuityReport.of(result), languageTag);
    }

    private CascadeDigest digest(Scenario scenario, CascadeSituation situation, String languageTag) {
        return CascadeDigest.of(
                scenario, situation.starts().reference(), situation.result(), situation.continuity(), languageTag);
    }

    /** An incident may name an asset its scenario no longer has: the cascade leaves it out. */
    private static List<StartCondition> known(CascadeGraph graph, IncidentStarts starts) {
        return starts.conditions().stream()
                .filter(c -> graph.indexOf(c.assetId()) >= 0)
                .toList();
    }

    private Map<String, Scenario> scenariosById() {
        Map<String, Scenario> byId = new LinkedHashMap<>();
        scenarios.all().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static Set<String> scenarioIdsOf(IncidentSummary incident) {
        Set<String> ids = new LinkedHashSet<>();
        for (String asset : incident.assetIds()) {
            int slash = asset.indexOf('/');
            if (slash > 0) {
                ids.add(asset.substring(0, slash));
            }
        }
        return ids;
    }

    /** The name of an incident's {@code scenario/asset}, if its scenario still has it. */
    private static Optional<String> assetName(Map<String, Scenario> byId, String qualified, String languageTag) {
        int slash = qualified.indexOf('/');
        Scenario scenario = slash > 0 ? byId.get(qualified.substring(0, slash)) : null;
        if (scenario == null) {
            return Optional.empty();
        }
        return scenario.asset(qualified.substring(slash + 1)).map(a -> name(scenario, a, languageTag));
    }

    static String name(Scenario scenario, Asset asset, String languageTag) {
        return scenario.texts().text(languageTag, ScenarioTexts.assetName(asset.id()), asset.name());
    }

    private static ReportEvent row(IncidentRepository.EventDetail detail) {
        IncidentEvent event = detail.event();
        return new ReportEvent(
                event.eventId(),
                event.eventTime(),
                event.receivedTime(),
                event.source(),
                Optional.of(detail.category()),
                event.severity(),
                event.summary());
    }
}
