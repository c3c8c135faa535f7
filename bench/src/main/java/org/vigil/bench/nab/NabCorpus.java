package org.vigil.bench.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The NAB corpus read from its folder: {@code data/<category>/<series>.csv} (timestamp,value) and
 * {@code labels/combined_windows.json} (each file's windows as timestamp pairs).
 */
record NabCorpus(List<NabSeries> series) {

    /** NAB writes {@code 2014-04-10 07:15:00} in data and {@code 2014-04-10 07:15:00.000000} in labels. */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    static NabCorpus load(Path root) throws IOException {
        Path data = root.resolve("data");
        Path labels = root.resolve("labels").resolve("combined_windows.json");
        if (!Files.isDirectory(data) || !Files.isRegularFile(labels)) {
            throw new IllegalArgumentException(
                    root + " is not a NAB folder (it needs data/ and labels/combined_windows.json)");
        }
        JsonNode windows = new ObjectMapper().readTree(labels.toFile());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data, 2)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<NabSeries> series = new ArrayList<>();
        for (Path file : files) {
            String path = data.relativize(file).toString().replace('\\', '/');
            JsonNode limits = windows.get(path);
            if (limits == null) {
                throw new IllegalArgumentException("no windows labelled for " + path);
            }
            series.add(read(path, file, limits));
        }
        Iterator<Map.Entry<String, JsonNode>> labelled = windows.fields();
        while (labelled.hasNext()) {
            String path = labelled.next().getKey();
            if (series.stream().noneMatch(s -> s.path().equals(path))) {
                throw new IllegalArgumentException("windows labelled for a missing file " + path);
            }
        }
        return new NabCorpus(List.copyOf(series));
    }

    int points() {
        return series.stream().mapToInt(NabSeries::size).sum();
    }

    int windows() {
        return series.stream().mapToInt(s -> s.windows().size()).sum();
    }

    private static NabSeries read(String path, Path file, JsonNode limits) throws IOException {
        List<String> timestamps = new ArrayList<>();
        List<Instant> instants = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.strip().equals("timestamp,value")) {
                throw new IllegalArgumentException(path + ": expected the header timestamp,value");
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                String time = line.substring(0, comma).strip();
                timestamps.add(time);
                instants.add(instant(time));
                values.add(Double.parseDouble(line.substring(comma + 1).strip()));
            }
        }
        Instant[] at = instants.toArray(new Instant[0]);
        List<LabelWindow> windows = new ArrayList<>();
        for (JsonNode limit : limits) {
            windows.add(window(
                    path,
                    at,
                    instant(limit.get(0).asText()),
                    instant(limit.get(1).asText())));
        }
        return new NabSeries(
                path,
                List.copyOf(timestamps),
                at,
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                List.copyOf(windows));
    }

    /** The points between the window's limits, both included. */
    private static LabelWindow window(String path, Instant[] at, Instant start, Instant end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < at.length; i++) {
            if (first < 0 && !at[i].isBefore(start)) {
                first = i;
            }
            if (!at[i].isAfter(end)) {
                last = i;
            }
        }
        if (first < 0 || last < first) {
            throw new IllegalArgumentException(path + ": window " + start + " to " + end + " holds no point");
        }
        return new LabelWindow(first, last);
    }

    static Instant instant(String time) {
        return LocalDateTime.parse(time.strip(), TIME).toInstant(ZoneOffset.UTC);
    }
}
