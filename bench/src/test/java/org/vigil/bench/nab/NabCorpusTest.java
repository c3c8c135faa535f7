package org.vigil.bench.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.anomaly.DetectorKind;

/** Reading a NAB folder and writing NAB's results format. */
class NabCorpusTest {

    @Test
    void windowsBecomePointIndicesAndProbationIsFifteenPercent() {
        NabCorpus corpus = TinyCorpus.load();

        assertThat(corpus.series())
                .extracting(NabSeries::path)
                .containsExactly("small/no_window.csv", "small/one_window.csv");
        NabSeries windowed = corpus.series().get(1);
        assertThat(windowed.windows()).containsExactly(new LabelWindow(20, 29));
        assertThat(windowed.probation()).isEqualTo(6);
        assertThat(windowed.label(19)).isZero();
        assertThat(windowed.label(20)).isOne();
        assertThat(windowed.label(29)).isOne();
        assertThat(corpus.points()).isEqualTo(80);
    }

    @Test
    void probationIsCappedAt750Points() {
        NabSeries series =
                new NabSeries("x/y.csv", List.of(), new java.time.Instant[20_000], new double[20_000], List.of());

        assertThat(series.probation()).isEqualTo(750);
    }

    @Test
    void aFolderWithoutLabelsIsRefused(@TempDir Path empty) {
        assertThatThrownBy(() -> NabCorpus.load(empty)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsAreWrittenInNabsFormat(@TempDir Path results) throws Exception {
        // given the windowed series scored by a detector
        NabSeries series = TinyCorpus.load().series().get(1);
        SeriesRun run = SeriesRun.of(DetectorKind.standard(), series);

        // when written
        Path file = new ResultsWriter(results).write("vigil-ensemble", series, run.scores());

        // then NAB's scorer finds it where it looks, with its columns
        assertThat(file).isEqualTo(results.resolve("vigil-ensemble/small/vigil-ensemble_one_window.csv"));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(41);
        assertThat(lines.get(0)).isEqualTo("timestamp,value,anomaly_score,label");
        assertThat(lines.get(1)).startsWith("2024-01-01 00:00:00,10,").endsWith(",0");
        assertThat(lines.get(21)).endsWith(",1");
    }

    @Test
    void publishedScoresAreRankedByTheStandardProfile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("final_results.json");
        Files.writeString(file, """
                {"a": {"standard": 10.0, "reward_low_FP_rate": 5.0, "reward_low_FN_rate": 12.0},
                 "b": {"standard": 70.0, "reward_low_FP_rate": 60.0, "reward_low_FN_rate": 75.0}}
                """);

        PublishedScores published = PublishedScores.load(file);

        assertThat(published.ranked()).containsExactly("b", "a");
        assertThat(published.score("a", "reward_low_FN_rate")).isEqualTo(12.0);
    }

    @Test
    void optionsNeedTheNabFolder() {
        assertThatThrownBy(() -> NabOptions.parse(new String[0])).isInstanceOf(IllegalArgumentException.class);
        NabOptions options = NabOptions.parse(new String[] {TinyCorpus.folder().toString(), "--detectors", "all"});
        assertThat(options.detectors()).first().isEqualTo(DetectorKind.standard());
        assertThat(options.detectors()).hasSize(DetectorKind.values().length);
    }
}
