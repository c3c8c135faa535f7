package org.vigil.app.gui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceSeeder;
import org.vigil.app.live.FollowSource;
import org.vigil.app.live.LivePipelines;
import org.vigil.app.live.ReplayPace;
import org.vigil.app.live.ReplaySource;
import org.vigil.app.live.SyslogSource;
import org.vigil.app.training.GameHostChoice;
import org.vigil.app.training.HostedGames;
import org.vigil.app.training.TrainingCoverage;
import org.vigil.content.awareness.AwarenessReadResult;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.content.awareness.export.EmlWriter;
import org.vigil.content.awareness.export.HandoutFonts;
import org.vigil.content.awareness.export.HtmlExport;
import org.vigil.content.awareness.export.PdfHandout;
import org.vigil.content.awareness.export.SelectionExport;
import org.vigil.content.awareness.gophish.GoPhishExport;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.replay.ExecutorReplayScheduler;
import org.vigil.core.store.Workspace;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.ShippedTrainingGames;
import org.vigil.game.host.GameHosts;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.anomaly.AnomalyStreamsViewModel;
import org.vigil.visual.cascade.CascadeViewModel;
import org.vigil.visual.content.ContentViewModel;
import org.vigil.visual.content.IllustrationRenderer;
import org.vigil.visual.dashboard.DashboardViewModel;
import org.vigil.visual.dashboard.FeedThresholds;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.feeds.LiveSourcesViewModel;
import org.vigil.visual.graph.GraphAnomalies;
import org.vigil.visual.graph.GraphViewModel;
import org.vigil.visual.incidents.IncidentsViewModel;
import org.vigil.visual.report.ReportSources;
import org.vigil.visual.report.ReportsViewModel;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.shell.MainView;
import org.vigil.visual.shell.PageModels;
import org.vigil.visual.shell.ShellViewModel;
import org.vigil.visual.situation.AssetTableViewModel;
import org.vigil.visual.situation.ScenarioListViewModel;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.FxBackground;
import org.vigil.visual.text.UiText;
import org.vigil.visual.timeline.TimelineViewModel;
import org.vigil.visual.training.TrainingViewModel;

/** Wires the main window for an open workspace: view models, views, appearance and window placement. */
public final class Workstation implements AutoCloseable {

    static final double DEFAULT_WIDTH = 1480;
    static final double DEFAULT_HEIGHT = 920;
    /** How far ahead the dashboard's most critical assets look: a day. */
    static final double CRITICALITY_HORIZON_MINUTES = 1440;
    /** How often the dashboard and timeline reread the workspace while shown: events arrive without incidents. */
    static final Duration SITUATION_REFRESH = Duration.ofSeconds(5);

    private final Workspace workspace;
    private final ShellViewModel model;
    private final MainView view;
    private final Scene scene;
    private final FxBackground background;
    private final ExecutorReplayScheduler replayScheduler = new ExecutorReplayScheduler();
    private final ReplaySource replay;
    private final SyslogSource syslog;
    private final FollowSource follow;
    private final LiveCascade cascade;
    private final LivePipelines live;
    private final SituationRefresh situationRefresh;
    private final OnceRead<AwarenessReadResult> awareness;

    public Workstation(
            Workspace workspace,
            MessageCatalog catalog,
            Map<FeedFormat, FeedParser> parsers,
            RuleBook ruleBook,
            LoadedRules rules,
            String analyst,
            Clock clock,
            ReplayPace pace,
            FxBackground background,
            Locale system,
            GameHostChoice gameHosts) {
        this.workspace = workspace;
        this.background = background;
        UiText text = new UiText(catalog.messages(Language.forLocale(system)));
        SettingsViewModel settings = new SettingsViewModel(text, catalog, workspace.settings(), background, system);
        ScenarioListViewModel scenarios = new ScenarioListViewModel(workspace.scenarios(), background);
        AssetTableViewModel assets = new AssetTableViewModel(text);
        cascade = new LiveCascade(
                () -> workspace.scenarios().all(),
                () -> workspace.incidents().list(Integer.MAX_VALUE),
                new TimePhasedCascade());
        // The page refreshes itself after an analyst's action; detection tells it about the rest. The
        // cascade follows both.
        SituationSelection selection = new SituationSelection();
        // read once, off the UI thread, by whichever of the Content and Training areas needs it first
        awareness = new OnceRead<>(() -> new ShippedAwareness(new AwarenessReader()).read());
        RuleTitles titles = new RuleTitles(rules);
        Clock local = clock.withZone(ZoneId.systemDefault());
        IncidentsViewModel incidents = new IncidentsViewModel(
                workspace.incidents(),
                new IncidentActions(workspace.incidents(), clock, cascade),
                titles,
                () -> workspace.scenarios().all(),
                selection,
                text,
                analyst,
                background,
                Platform::runLater);
        TimelineViewModel timeline = new TimelineViewModel(
                workspace.scenarios(),
                workspace.eventHistory(),
                selection,
                text,
                titles,
                background,
                Platform::runLater,
                local);
        IncidentListener listeners = incidentId -> {
            incidents.incidentChanged(incidentId);
            timeline.incidentChanged(incidentId);
            cascade.changed(incidentId);
        };
        FeedsViewModel feeds = new FeedsViewModel(
                workspace,
                parsers,
                () -> ruleBook.detection(rules, workspace, clock, listeners),
                TagRule.among(rules.rules()),
                clock,
                background,
                Platform::runLater);
        live = new LivePipelines(workspace, ruleBook, rules, clock, listeners, AnomalyListener.NONE);
        replay = new ReplaySource(live, parsers, replayScheduler, pace);
        syslog = new SyslogSource(live, parsers.get(FeedFormat.CEF));
        follow = new FollowSource(live, parsers);
        LiveSourcesViewModel liveSources = new LiveSourcesViewModel(replay, syslog, follow, background);
        BundledFonts fonts = new BundledFonts();
        ContentViewModel content = new ContentViewModel(
                awareness::get,
                text,
                catalog,
                new SelectionExport(
                        new GoPhishExport(new ObjectMapper()),
                        new EmlWriter(),
                        new HtmlExport(),
                        new PdfHandout(new HandoutFonts(
                                () -> fonts.open(fonts.files().get(0)),
                                () -> fonts.open(fonts.files().get(1)))),
                        clock),
                new IllustrationRenderer(),
                background,
                Platform::runLater,
                clock);
        DashboardViewModel dashboard = new DashboardViewModel(
                workspace.activity(),
                workspace.scenarios(),
                cascade,
                new CriticalityAnalysis(CascadeSettings.DEFAULTS.withHorizons(CRITICALITY_HORIZON_MINUTES)),
                titles,
                selection,
                FeedThresholds.DEFAULTS,
                clock,
                background,
                Platform::runLater);
        GraphViewModel graph = new GraphViewModel(
                workspace.scenarios(), cascade, workspace.incidents(), selection, text, background, Platform::runLater);
        AnomalyStreamsViewModel anomalies = new AnomalyStreamsViewModel(
                workspace.eventHistory(),
                workspace.detectorStates(),
                workspace.settings(),
                workspace.storedEvents(),
                live::useThresholds,
                live.anomalyConfig(),
                selection,
                text,
                background,
                Platform::runLater);
        GraphAnomalies graphAnomalies = new GraphAnomalies(workspace.eventHistory(), selection, background);
        CascadeViewModel cascadePanel = new CascadeViewModel(
                selection,
                id -> workspace.scenarios().find(id),
                cascade::situation,
                text,
                background,
                Platform::runLater);
        cascade.addListener(situations -> cascadePanel.liveChanged());
        ReportsViewModel reports = new ReportsViewModel(
                new ReportSources(
                        workspace.incidents(),
                        workspace.scenarios(),
                        workspace.events(),
                        cascade,
                        new TimePhasedCascade(),
                        titles,
                        clock),
                fonts,
                text,
                background,
                ZoneId.systemDefault());
        Set<TrainingModule> playable = ShippedTrainingGames.PLAYABLE;
        ShippedTrainingGames shippedGames =
                new ShippedTrainingGames(() -> awareness.get().library(), catalog, clock, 1f);
        GameHosts games = gameHosts.hosts(shippedGames);
        TrainingCoverage coverage = new TrainingCoverage(shippedGames);
        TrainingViewModel training = new TrainingViewModel(
                workspace.training(),
                new HostedGames(games, shippedGames),
                playable,
                () -> coverage.of(awareness.get().library()),
                background,
                Platform::runLater,
                clock);
        model = new ShellViewModel(
                text,
                workspace.file().toString(),
                new PageModels(
                        selection,
                        scenarios,
                        assets,
                        dashboard,
                        timeline,
                        anomalies,
                        graph,
                        graphAnomalies,
                        cascadePanel,
                        incidents,
                        reports,
                        feeds,
                        liveSources,
                        training,
                        content,
                        settings));
        view = new MainView(model, background, local);
        situationRefresh = new SituationRefresh(model, SITUATION_REFRESH);
        scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        new Appearance(settings, scene, fonts).apply();
    }

    /** Shows the window where the user left it and starts loading the scenarios. */
    public void show(Stage stage) {
        stage.titleProperty().bind(model.windowTitle());
        stage.setScene(scene);
        new WindowPlacement(workspace.settings()).restoreAndRemember(stage);
        stage.show();
        model.scenarios().refresh();
        situationRefresh.start();
        // the awareness library, for the Content and Training areas, read before anyone waits for it
        background.submit(new Background.Description("status.loading"), awareness::get, read -> {}, error -> {});
        cascade.refresh();
        if (WorkspaceSeeder.holdsPilots(workspace)) {
            // The demo workspace comes alive: the replay resumes where it stopped, off the UI thread.
            background.submit(
                    new Background.Description("status.feeds.replayStarting"),
                    () -> {
                        replay.startDemo();
                        return Boolean.TRUE;
                    },
                    started -> model.liveSources().poll(),
                    error -> {});
        }
    }

    /** Stops the live sources; what they delivered is committed first. */
    @Override
    public void close() {
        situationRefresh.stop();
        replay.close();
        syslog.close();
        follow.close();
        replayScheduler.close();
        live.close();
        try {
            cascade.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The cascade following the incidents, for the views that show it. */
    public LiveCascade cascade() {
        return cascade;
    }

    public ShellViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }
}
