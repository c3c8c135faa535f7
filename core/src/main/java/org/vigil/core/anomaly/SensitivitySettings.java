package org.vigil.core.anomaly;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The analyst's per-stream sensitivity, kept in the workspace's settings under one key so that it
 * survives a restart. Given as the settings' {@code get} and {@code put} (the workspace's
 * {@code SettingsRepository}), since the store already depends on this package.
 */
public final class SensitivitySettings {

    /** The settings key: one value holding every tuned stream ({@link StreamThresholdsCodec}). */
    public static final String KEY = "anomaly.stream-thresholds";

    /** What was loaded: the thresholds, and why some stored ones were not used (empty when all were). */
    public record Loaded(StreamThresholds thresholds, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private final Function<String, Optional<String>> read;
    private final BiConsumer<String, String> write;
    private final StreamThresholdsCodec codec = new StreamThresholdsCodec();

    public SensitivitySettings(Function<String, Optional<String>> read, BiConsumer<String, String> write) {
        this.read = Objects.requireNonNull(read, "read");
        this.write = Objects.requireNonNull(write, "write");
    }

    /** The stored thresholds; nothing stored is no stream tuned. */
    public Loaded load() {
        return read.apply(KEY)
                .map(codec::decode)
                .map(decoded -> new Loaded(decoded.thresholds(), decoded.problems()))
                .orElse(new Loaded(StreamThresholds.NONE, List.of()));
    }

    public void save(StreamThresholds thresholds) {
        write.accept(KEY, codec.encode(thresholds));
    }
}
