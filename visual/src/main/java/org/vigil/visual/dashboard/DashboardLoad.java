package org.vigil.visual.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.ActivityRepository;
import org.vigil.core.store.ActivityRepository.IncidentActivity;
import org.vigil.core.store.ActivityRepository.IncidentCount;

/** One refresh's reading of the workspace and the live cascades; runs off the UI thread. */
final class DashboardLoad {

    static final Duration RECENT = Duration.ofHours(1);
    static final int SHOWN_SERVICES = 10;
    static final int SHOWN_CHANGES = 50;

    private final ActivityRepository activity;
    private final FeedThresholds thresholds;

    DashboardLoad(ActivityRepository activity, FeedThresholds thresholds) {
        this.activity = activity;
        this.thresholds = thresholds;
    }

    /**
     * The dashboard for one scenario, or for every scenario when {@code scenarioId} is empty; {@code
     * situations} are the live cascades of the scenarios shown.
     */
    DashboardSnapshot load(Optional<String> scenarioId, Collection<CascadeSituation> situations, Instant now) {
        List<IncidentCount> counts = activity.incidentCounts(scenarioId);
        SituationDigest digest = new SituationDigest(situations, now);
        List<FeedHealth> feeds = activity.sources(now).stream()
                .map(feed -> new FeedHealth(
                        feed,
                        thresholds.stateOf(feed, now),
                        feed.lastReceived().map(last -> Duration.between(last, now))))
                .toList();
        Instant since = now.minus(RECENT);
        List<RecentChange> changes = new ArrayList<>();
        activity.incidentChanges(since, now, scenarioId, SHOWN_CHANGES).stream()
                .map(DashboardLoad::change)
                .forEach(changes::add);
        changes.addAll(digest.hitSince(since));
        for (FeedHealth feed : feeds) {
            thresholds
                    .silentSince(feed.activity())
                    .filter(at -> at.isAfter(since) && !at.isAfter(now))
                    .ifPresent(at -> changes.add(
                            RecentChange.feedSilent(at, feed.activity().source())));
        }
        changes.sort(Comparator.comparing(RecentChange::at)
                .reversed()
                .thenComparing(RecentChange::kind)
                .thenComparing(RecentChange::target));
        return new DashboardSnapshot(
                openBySeverity(counts),
                byState(counts),
                digest.layers(),
                feeds,
                digest.services(SHOWN_SERVICES),
                changes.subList(0, Math.min(SHOWN_CHANGES, changes.size())));
    }

    /** Open incidents per severity, the most severe first; every severity, zeros included. */
    static List<Tally<EventSeverity>> openBySeverity(List<IncidentCount> counts) {
        Map<EventSeverity, Long> by = new EnumMap<>(EventSeverity.class);
        for (EventSeverity severity : EventSeverity.values()) {
            by.put(severity, 0L);
        }
        counts.stream().filter(c -> c.state().open()).forEach(c -> by.merge(c.severity(), c.count(), Long::sum));
        List<Tally<EventSeverity>> tallies = new ArrayList<>();
        by.forEach((severity, count) -> tallies.add(0, new Tally<>(severity, count)));
        return tallies;
    }

    /** Incidents per state, in lifecycle order; every state, zeros included. */
    static List<Tally<IncidentState>> byState(List<IncidentCount> counts) {
        Map<IncidentState, Long> by = new EnumMap<>(IncidentState.class);
        for (IncidentState state : IncidentState.values()) {
            by.put(state, 0L);
        }
        counts.forEach(c -> by.merge(c.state(), c.count(), Long::sum));
        List<Tally<IncidentState>> tallies = new ArrayList<>();
        by.forEach((state, count) -> tallies.add(new Tally<>(state, count)));
        return tallies;
    }

    private static RecentChange change(IncidentActivity a) {
        return new RecentChange(
                a.at(),
                a.kind() == IncidentChange.Kind.CREATED
                        ? RecentChange.Kind.INCIDENT_RAISED
                        : RecentChange.Kind.INCIDENT_MOVED,
                a.incidentId(),
                Optional.empty(),
                Optional.of(a.ruleId()),
                Optional.of(a.title()),
                Optional.of(a.severity()),
                Optional.of(a.author()),
                a.state());
    }
}
