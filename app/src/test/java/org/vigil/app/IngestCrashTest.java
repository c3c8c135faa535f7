package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL at random points, 20 times, restarting it each time:
 * every committed event survives, none is stored twice, the workspace stays sound, and the last
 * run completes the import.
 */
class IngestCrashTest {

    private static final int EVENTS = 100_000;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    /** Real Suricata lines, each made distinct by its timestamp. */
    private Path generatedEve() throws IOException {
        List<String> samples;
        try (InputStream in = IngestCrashTest.class.getResourceAsStream("/feeds/eve.json")) {
            samples = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
        Instant start = Instant.parse("2026-03-17T10:00:00Z");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < EVENTS; i++) {
            String line = samples.get(i % samples.size());
            String timestamp = start.plusMillis(i).toString().replace("Z", "+0000");
            out.append(line.replaceFirst("\"timestamp\":\"[^\"]+\"", "\"timestamp\":\"" + timestamp + "\""))
                    .append('\n');
        }
        Path file = dir.resolve("eve.json");
        Files.writeString(file, out);
        return file;
    }

    private Process ingest(Path workspace, Path eve) throws IOException {
        return vigil(workspace, "ingest", "--format", "suricata", eve.toString());
    }

    /** Runs the command line to its end; returns how long it took in milliseconds. */
    private long run(Path workspace, String... args) throws Exception {
        long started = System.nanoTime();
        Process process = vigil(workspace, args);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private Process vigil(Path workspace, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--workspace",
                workspace.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private static long[] countAndCheck(Path workspace) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace);
                Statement s = c.createStatement()) {
            try (ResultSet ok = s.executeQuery("PRAGMA integrity_check")) {
                assertThat(ok.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM event")) {
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    @Test
    void killingTheIngestAtRandomLosesNothingCommittedAndStoresNothingTwice() throws Exception {
        // given a file of distinct events and a workspace
        Path eve = generatedEve();
        Path workspace = dir.resolve("workspace.db");
        Random random = new Random(20261127);
        List<Long> countsAfterKills = new ArrayList<>();

        // and, on this machine, how long starting and a whole undisturbed import take, so kills land inside one
        run(dir.resolve("reference.db"), "scenario", "list");
        run(workspace, "scenario", "list");
        long startMillis = run(dir.resolve("reference.db"), "scenario", "list");
        long fullRunMillis = run(dir.resolve("reference.db"), "ingest", "--format", "suricata", eve.toString());

        // when the ingest is killed 20 times at random points, then run to the end
        long previous = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = ingest(workspace, eve);
            // Within the first three quarters of an import: each run starts the file again (what is stored is
            // skipped), so kills there keep landing mid-import instead of after a run that got to the end.
            Thread.sleep(startMillis + random.nextLong(Math.max(1, (fullRunMillis - startMillis) * 3 / 4)));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(workspace)) {
                long[] counts = countAndCheck(workspace);
                // then nothing committed is lost, and ids are unique
                assertThat(counts[0]).as("events after kill %d", kill).isGreaterThanOrEqualTo(previous);
                assertThat(counts[1]).isEqualTo(counts[0]);
                previous = counts[0];
                countsAfterKills.add(counts[0]);
            }
        }
        Process last = ingest(workspace, eve);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();

        // then the import is complete, once
        assertThat(last.exitValue())
                .as(Files.readString(dir.resolve("child.log")))
                .isZero();
        long[] finalCounts = countAndCheck(workspace);
        assertThat(finalCounts[0]).isEqualTo(EVENTS);
        assertThat(finalCounts[1]).isEqualTo(EVENTS);
        assertThat(countsAfterKills).as("kills landed mid-import").anyMatch(c -> c > 0 && c < EVENTS);
    }
}
