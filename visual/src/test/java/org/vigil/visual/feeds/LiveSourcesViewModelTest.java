package org.vigil.visual.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.follow.FollowStats;
import org.vigil.core.ingest.syslog.SyslogListenerStats;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.replay.ReplayProgress;
import org.vigil.core.replay.ReplayState;
import org.vigil.visual.task.ImmediateBackground;

/** The live-sources part of the feeds page, driven without a toolkit. */
class LiveSourcesViewModelTest {

    private static final Scenario RETAIL = new Scenario(
            "retail-ecommerce",
            "Retail e-commerce",
            "",
            List.of(new Organisation("shop", OrganisationType.RETAILER, "Shop")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            ScenarioTexts.NONE);

    /** A replay and a listener that do what they are told and say what was asked. */
    private static final class ScriptedSources implements ReplayControl, SyslogControl, FollowControl {
        final List<String> calls = new ArrayList<>();
        ReplayState state = ReplayState.PLAYING;
        double speed = 100;
        String listening;
        String refuse;
        long syslogRead = 9;
        Following following;
        FollowStats followStats = FollowStats.NONE;

        @Override
        public Optional<Scenario> scenario() {
            return Optional.of(RETAIL);
        }

        @Override
        public Optional<ReplayProgress> progress() {
            return Optional.of(new ReplayProgress(state, 12, 96, Duration.ofMinutes(95), speed));
        }

        @Override
        public void pause() {
            calls.add("pause");
            state = ReplayState.PAUSED;
        }

        @Override
        public void resume() {
            calls.add("resume");
            state = ReplayState.PLAYING;
        }

        @Override
        public void setSpeed(double newSpeed) {
            calls.add("speed " + newSpeed);
            speed = newSpeed;
        }

        @Override
        public void restart() {
            calls.add("restart");
        }

        @Override
        public List<Scenario> scenarios() {
            return List.of(RETAIL);
        }

        @Override
        public void play(Scenario scenario) {
            calls.add("play " + scenario.id());
        }

        @Override
        public Optional<String> listening() {
            return Optional.ofNullable(listening);
        }

        @Override
        public Optional<SyslogListenerStats> stats() {
            return listening == null
                    ? Optional.empty()
                    : Optional.of(new SyslogListenerStats(10, 8, 1, 1, 0, 1, 0, 0, 1_000, 0));
        }

        @Override
        public IngestCounts counts() {
            return new IngestCounts(syslogRead, syslogRead - 1, 0, 1, 2, 0);
        }

        @Override
        public List<FeedFormat> formats() {
            return List.of(FeedFormat.SURICATA_EVE, FeedFormat.WAZUH);
        }

        @Override
        public Optional<Following> following() {
            return Optional.ofNullable(following);
        }

        @Override
        public FollowStats followStats() {
            return followStats;
        }

        @Override
        public void startFollowing(List<Path> paths, FeedFormat format) throws IOException {
            if (refuse != null) {
                throw new IOException(refuse);
            }
            following = new Following(paths, format);
        }

        @Override
        public void stopFollowing() {
            following = null;
        }

        @Override
        public void start(int port) throws IOException {
            if (refuse != null) {
                throw new IOException(refuse);
            }
            listening = "udp 127.0.0.1:" + port + ", tcp 127.0.0.1:" + port;
        }

        @Override
        public void stop() {
            listening = null;
        }
    }

    private final ScriptedSources sources = new ScriptedSources();
    private long now;
    private final LiveSourcesViewModel model =
            new LiveSourcesViewModel(sources, sources, sources, new ImmediateBackground(), () -> now);

    @Test
    void pollingShowsWhereTheReplayIsAndThatNothingListens() {
        model.poll();

        assertThat(model.replayScenarioProperty().get()).isSameAs(RETAIL);
        assertThat(model.replayProgressProperty().get().next()).isEqualTo(12);
        assertThat(model.syslogProperty().get().listening()).isEmpty();
    }

    @Test
    void pauseResumeSpeedAndReplayAgainReachTheReplayAndShowAtOnce() {
        model.pauseReplay();
        assertThat(model.replayProgressProperty().get().state()).isEqualTo(ReplayState.PAUSED);

        model.resumeReplay();
        model.replaySpeed(10);
        model.replayAgain();

        assertThat(sources.calls).containsExactly("pause", "resume", "speed 10.0", "restart");
        assertThat(model.replayProgressProperty().get().speed()).isEqualTo(10);
    }

    @Test
    void startingTheListenerShowsWhereItListensAndItsCounts() {
        model.startSyslog(5514);

        var shown = model.syslogProperty().get();
        assertThat(shown.listening()).contains("udp 127.0.0.1:5514, tcp 127.0.0.1:5514");
        assertThat(shown.stats().orElseThrow().dropped()).isEqualTo(1);
        assertThat(shown.counts().stored()).isEqualTo(8);

        model.stopSyslog();
        assertThat(model.syslogProperty().get().listening()).isEmpty();
    }

    @Test
    void aListenerThatCannotStartSaysWhy() {
        sources.refuse = "cannot listen for syslog on TCP 127.0.0.1:5514: Address already in use";

        model.startSyslog(5514);

        assertThat(model.syslogFailureProperty().get()).contains("Address already in use");
        assertThat(model.syslogProperty().get().listening()).isEmpty();
    }

    @Test
    void ratesAreTheEventsReadBetweenTwoPolls() {
        // given
        model.startSyslog(5514);

        // when 500 more messages are read in the next two seconds
        sources.syslogRead += 500;
        now += 2_000_000_000L;
        model.poll();

        // then
        assertThat(model.syslogProperty().get().eventsPerSecond()).isEqualTo(250);
    }

    @Test
    void followingShowsWhatIsFollowedHowFarBehindAndStopsOnRequest() {
        // when
        model.startFollowing(List.of(Path.of("/var/log/suricata")), FeedFormat.SURICATA_EVE);
        sources.followStats = new FollowStats(2, 4_096, 1, 0, 2_048, new IngestCounts(40, 38, 0, 2, 5, 0));
        model.poll();

        // then
        var shown = model.followProperty().get();
        assertThat(shown.following())
                .hasValueSatisfying(f -> assertThat(f.format()).isEqualTo(FeedFormat.SURICATA_EVE));
        assertThat(shown.stats().lagBytes()).isEqualTo(2_048);
        assertThat(model.followFormats()).containsExactly(FeedFormat.SURICATA_EVE, FeedFormat.WAZUH);

        // when
        model.stopFollowing();

        // then
        assertThat(model.followProperty().get().following()).isEmpty();
    }

    @Test
    void followingThatCannotStartSaysWhy() {
        sources.refuse = "there is no file or folder at /nowhere";

        model.startFollowing(List.of(Path.of("/nowhere")), FeedFormat.SURICATA_EVE);

        assertThat(model.followFailureProperty().get()).contains("/nowhere");
        assertThat(model.followProperty().get().following()).isEmpty();
    }

    @Test
    void anotherScenarioCanBeChosenAndReplayed() {
        model.loadReplayChoices();

        model.replay(model.replayChoices().get(0));

        assertThat(model.replayChoices()).containsExactly(RETAIL);
        assertThat(sources.calls).containsExactly("play retail-ecommerce");
    }
}
