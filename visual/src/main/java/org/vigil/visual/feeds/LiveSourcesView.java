package org.vigil.visual.feeds;

import java.io.File;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.follow.FollowStats;
import org.vigil.core.ingest.syslog.SyslogListenerStats;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ReplayProgress;
import org.vigil.core.replay.ReplayState;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/** The live sources on the feeds page: scenario replay and syslog listener, refreshed every second. */
final class LiveSourcesView extends FlowPane {

    private static final List<Double> SPEEDS = List.of(1.0, 10.0, 25.0, 50.0, 100.0);

    private final LiveSourcesViewModel model;
    private final UiText text;
    private final ModelText modelText;

    LiveSourcesView(LiveSourcesViewModel model, UiText text) {
        super(16, 16);
        this.model = model;
        this.text = text;
        this.modelText = new ModelText(text);
        setId("live-sources");
        getChildren().addAll(replayCard(), syslogCard(), followCard());
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            if (getScene() != null
                    && getScene().getWindow() != null
                    && getScene().getWindow().isShowing()) {
                model.poll();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        model.poll();
    }

    private VBox replayCard() {
        Label status = new Label();
        status.setId("replay-status");
        status.setWrapText(true);
        status.textProperty()
                .bind(text.bind(this::replayText, model.replayProgressProperty(), model.replayScenarioProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("replay-progress");
        bar.setPrefWidth(320);
        bar.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> model.replayProgressProperty().get() == null
                                ? 0
                                : model.replayProgressProperty().get().fraction(),
                        model.replayProgressProperty()));
        Button pause = new Button();
        pause.setId("replay-pause");
        pause.textProperty()
                .bind(text.bind(
                        () -> text.get(playing() ? "feeds.replay.pause" : "feeds.replay.resume"),
                        model.replayProgressProperty()));
        pause.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            ReplayProgress p = model.replayProgressProperty().get();
                            return p == null || p.state().isFinal();
                        },
                        model.replayProgressProperty()));
        pause.setOnAction(e -> {
            if (playing()) {
                model.pauseReplay();
            } else {
                model.resumeReplay();
            }
        });
        ComboBox<Double> speed = new ComboBox<>(FXCollections.observableArrayList(SPEEDS));
        speed.setId("replay-speed");
        speed.setCellFactory(list -> new SpeedCell());
        speed.setButtonCell(new SpeedCell());
        // A new cell factory makes the drop-down list build its cells again, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> {
            speed.setCellFactory(list -> new SpeedCell());
            speed.setButtonCell(new SpeedCell());
        });
        model.replayProgressProperty().addListener((obs, old, now) -> {
            if (now != null
                    && !speed.isShowing()
                    && !Double.valueOf(now.speed()).equals(speed.getValue())) {
                speed.setValue(now.speed());
            }
        });
        speed.setOnAction(e -> {
            ReplayProgress now = model.replayProgressProperty().get();
            if (speed.getValue() != null && (now == null || now.speed() != speed.getValue())) {
                model.replaySpeed(speed.getValue());
            }
        });
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(text.bind("feeds.replay.speed"));
        speedLabel.setLabelFor(speed);
        ComboBox<Scenario> choice = new ComboBox<>(model.replayChoices());
        choice.setId("replay-scenario");
        // As wide as the longest scenario name: names are never cut; the button wraps below if need be.
        choice.setMinWidth(Region.USE_PREF_SIZE);
        choice.setCellFactory(list -> new ScenarioCell());
        choice.setButtonCell(new ScenarioCell());
        text.messagesProperty().addListener((obs, old, now) -> {
            choice.setCellFactory(list -> new ScenarioCell());
            choice.setButtonCell(new ScenarioCell());
        });
        // Offer the scenario being replayed until the analyst picks another.
        Runnable showCurrent = () -> {
            Scenario current = model.replayScenarioProperty().get();
            if (choice.getValue() == null && current != null) {
                model.replayChoices().stream()
                        .filter(s -> s.id().equals(current.id()))
                        .findFirst()
                        .ifPresent(choice::setValue);
            }
        };
        model.replayScenarioProperty().addListener((obs, old, now) -> showCurrent.run());
        model.replayChoices().addListener((ListChangeListener<Scenario>) change -> showCurrent.run());
        Button again = new Button();
        again.setId("replay-again");
        again.textProperty().bind(text.bind("feeds.replay.again"));
        again.disableProperty().bind(choice.valueProperty().isNull());
        again.setOnAction(e -> model.replay(choice.getValue()));
        HBox controls = new HBox(8, pause, speedLabel, speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        FlowPane another = new FlowPane(8, 8, choice, again);
        another.setAlignment(Pos.CENTER_LEFT);
        model.loadReplayChoices();
        return card("feeds.replay.heading", status, bar, controls, another);
    }

    private boolean playing() {
        ReplayProgress p = model.replayProgressProperty().get();
        return p != null && p.state() == ReplayState.PLAYING;
    }

    private String replayText() {
        ReplayProgress p = model.replayProgressProperty().get();
        Scenario scenario = model.replayScenarioProperty().get();
        if (p == null || scenario == null) {
            return text.get("feeds.replay.none");
        }
        return text.get(
                "feeds.replay.status",
                modelText.scenarioName(scenario),
                text.get("feeds.replay.state." + p.state().name()),
                p.next(),
                p.total(),
                p.speed(),
                p.scenarioTime().toHours(),
                p.scenarioTime().toMinutesPart());
    }

    private VBox syslogCard() {
        Label status = new Label();
        status.setId("syslog-status");
        status.setWrapText(true);
        status.textProperty().bind(text.bind(this::syslogText, model.syslogProperty(), model.syslogFailureProperty()));
        Spinner<Integer> port = new Spinner<>(1, 65_535, LiveSourcesViewModel.DEFAULT_PORT);
        port.setId("syslog-port");
        port.setEditable(true);
        port.setPrefWidth(110);
        Label portLabel = new Label();
        portLabel.textProperty().bind(text.bind("feeds.syslog.port"));
        portLabel.setLabelFor(port);
        Button toggle = new Button();
        toggle.setId("syslog-toggle");
        toggle.textProperty()
                .bind(text.bind(
                        () -> text.get(listening() ? "feeds.syslog.stop" : "feeds.syslog.start"),
                        model.syslogProperty()));
        toggle.setOnAction(e -> {
            if (listening()) {
                model.stopSyslog();
            } else {
                model.startSyslog(port.getValue());
            }
        });
        port.disableProperty().bind(Bindings.createBooleanBinding(this::listening, model.syslogProperty()));
        HBox controls = new HBox(8, portLabel, port, toggle);
        controls.setAlignment(Pos.CENTER_LEFT);
        return card("feeds.syslog.heading", status, controls);
    }

    private boolean listening() {
        return model.syslogProperty().get().listening().isPresent();
    }

    private String syslogText() {
        if (model.syslogFailureProperty().get() != null) {
            return text.get("feeds.syslog.failed", model.syslogFailureProperty().get());
        }
        LiveSourcesViewModel.SyslogView view = model.syslogProperty().get();
        String where = view.listening()
                .map(address -> text.get("feeds.syslog.listening", address))
                .orElseGet(() -> text.get("feeds.syslog.stopped"));
        if (view.stats().isEmpty()) {
            return where;
        }
        SyslogListenerStats stats = view.stats().get();
        IngestCounts counts = view.counts();
        return where + "\n"
                + text.get(
                        "feeds.syslog.counts",
                        stats.received(),
                        counts.stored(),
                        counts.quarantined(),
                        stats.dropped(),
                        view.eventsPerSecond(),
                        stats.queueDepth());
    }

    private VBox followCard() {
        Label status = new Label();
        status.setId("follow-status");
        status.setWrapText(true);
        status.textProperty().bind(text.bind(this::followText, model.followProperty(), model.followFailureProperty()));
        ComboBox<FeedFormat> formats = new ComboBox<>(FXCollections.observableArrayList(model.followFormats()));
        formats.setId("follow-format");
        formats.setCellFactory(list -> new FormatCell());
        formats.setButtonCell(new FormatCell());
        text.messagesProperty().addListener((obs, old, now) -> {
            formats.setCellFactory(list -> new FormatCell());
            formats.setButtonCell(new FormatCell());
        });
        if (!formats.getItems().isEmpty()) {
            formats.setValue(
                    formats.getItems().contains(FeedFormat.SURICATA_EVE)
                            ? FeedFormat.SURICATA_EVE
                            : formats.getItems().get(0));
        }
        Button file = new Button();
        file.setId("follow-file");
        file.textProperty().bind(text.bind("feeds.follow.file"));
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("feeds.follow.file"));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                model.startFollowing(chosen.stream().map(File::toPath).toList(), formats.getValue());
            }
        });
        Button folder = new Button();
        folder.setId("follow-folder");
        folder.textProperty().bind(text.bind("feeds.follow.folder"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("feeds.follow.folder"));
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.startFollowing(List.of(chosen.toPath()), formats.getValue());
            }
        });
        Button stop = new Button();
        stop.setId("follow-stop");
        stop.textProperty().bind(text.bind("feeds.follow.stop"));
        stop.setOnAction(e -> model.stopFollowing());
        BooleanBinding following = Bindings.createBooleanBinding(
                () -> model.followProperty().get().following().isPresent(), model.followProperty());
        stop.visibleProperty().bind(following);
        stop.managedProperty().bind(following);
        file.disableProperty().bind(following);
        folder.disableProperty().bind(following);
        formats.disableProperty().bind(following);
        formats.setPrefWidth(220);
        FlowPane controls = new FlowPane(8, 8, formats, file, folder, stop);
        controls.setAlignment(Pos.CENTER_LEFT);
        return card("feeds.follow.heading", status, controls);
    }

    private String followText() {
        if (model.followFailureProperty().get() != null) {
            return text.get("feeds.follow.failed", model.followFailureProperty().get());
        }
        LiveSourcesViewModel.FollowView view = model.followProperty().get();
        if (view.following().isEmpty()) {
            return text.get("feeds.follow.none");
        }
        FollowControl.Following following = view.following().get();
        FollowStats stats = view.stats();
        return text.get(
                "feeds.follow.status",
                following.paths().size(),
                text.get("feeds.format." + following.format().name()),
                stats.events().stored(),
                stats.events().quarantined(),
                view.eventsPerSecond(),
                stats.lagBytes() / 1024.0,
                stats.rotations() + stats.truncations());
    }

    private final class ScenarioCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : modelText.scenarioName(item));
        }
    }

    private final class FormatCell extends ListCell<FeedFormat> {
        @Override
        protected void updateItem(FeedFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("feeds.format." + item.name()));
        }
    }

    private VBox card(String headingKey, Node... content) {
        Label heading = new Label();
        heading.textProperty().bind(text.bind(headingKey));
        heading.getStyleClass().addAll("title-4", "section-heading");
        VBox card = new VBox(8, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("source-card");
        card.setPrefWidth(520);
        return card;
    }

    private final class SpeedCell extends ListCell<Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("feeds.replay.speedValue", item));
        }
    }
}
