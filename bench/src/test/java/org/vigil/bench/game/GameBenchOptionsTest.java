package org.vigil.bench.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GameBenchOptionsTest {

    @Test
    void withoutOptionsItIsTheIssuesMeasurement() {
        GameBenchOptions options = GameBenchOptions.parse();

        assertThat(options.width()).isEqualTo(1280);
        assertThat(options.height()).isEqualTo(720);
        assertThat(options.seconds()).isEqualTo(20);
        assertThat(options.warmupSeconds()).isEqualTo(5);
        assertThat(options.launches()).isEqualTo(5);
        assertThat(options.skipEmbedded()).isFalse();
        assertThat(options.skipChild()).isFalse();
    }

    @Test
    void optionsAreRead() {
        GameBenchOptions options = GameBenchOptions.parse(
                "--seconds", "60", "--warmup", "10", "--launches", "7", "--size", "800x600", "--skip-child");

        assertThat(options).isEqualTo(new GameBenchOptions(60, 10, 7, 800, 600, false, true));
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GameBenchOptions.parse("--size", "1280"))
                .withMessageContaining("WIDTHxHEIGHT");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GameBenchOptions.parse("--launches", "0"))
                .withMessageContaining("between 1 and 100");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GameBenchOptions.parse("--skip-embedded", "--skip-child"))
                .withMessageContaining("nothing to measure");
        assertThatIllegalArgumentException().isThrownBy(() -> GameBenchOptions.parse("--fps", "60"));
    }
}
