package org.vigil.bench.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeBenchOptionsTest {

    @TempDir
    Path folder;

    @Test
    void withoutOptionsItIsTheIssuesGeneratedModelOnly() {
        CascadeBenchOptions options = CascadeBenchOptions.parse();

        assertThat(options.grid()).isNull();
        assertThat(options.assets()).isEqualTo(1_000_000);
        assertThat(options.dependencies()).isEqualTo(4_000_000);
        assertThat(options.runs()).isEqualTo(5);
        assertThat(options.starts()).isEqualTo(10);
        assertThat(options.skipGenerated()).isFalse();
    }

    @Test
    void optionsAreReadWithThousandsSeparators() throws IOException {
        Path grid = Files.writeString(folder.resolve("edges.csv"), "1,2\n");

        CascadeBenchOptions options = CascadeBenchOptions.parse(
                "--grid",
                grid.toString(),
                "--assets",
                "5,000",
                "--dependencies",
                "20_000",
                "--runs",
                "3",
                "--warmup",
                "0",
                "--seed",
                "9",
                "--skip-generated");

        assertThat(options).isEqualTo(new CascadeBenchOptions(grid, 5_000, 20_000, 3, 0, 9, 10, true));
    }

    @Test
    void badArgumentsAreRefusedWithAMessageThatNamesThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--asset", "10"))
                .withMessage("unknown option --asset");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--runs"))
                .withMessage("missing value for --runs");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--runs", "five"))
                .withMessage("--runs: not a whole number: five");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--runs", "0"))
                .withMessage("--runs must lie between 1 and 1000: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--assets", "10"))
                .withMessageStartingWith("--assets must lie between 100 and");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--assets", "1000", "--dependencies", "30000"))
                .withMessage("--dependencies must lie between 1 and 20 per asset (20000): 30000");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("edges.csv"))
                .withMessage("not an option: edges.csv");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--skip-generated"))
                .withMessage("--skip-generated leaves nothing to run without --grid");
        Path missing = folder.resolve("missing.csv");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CascadeBenchOptions.parse("--grid", missing.toString()))
                .withMessage("--grid: no such file: " + missing);
    }
}
