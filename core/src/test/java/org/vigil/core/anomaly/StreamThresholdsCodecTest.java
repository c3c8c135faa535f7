package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analyst's thresholds as one settings value: written, read back, and bad text survived. */
class StreamThresholdsCodecTest {

    private static final StreamKey BOX =
            new StreamKey("pharmacy-delivery/coldbox-114", Metric.TEMPERATURE, "TIVE-CCB-114");
    private static final StreamKey VAN =
            new StreamKey("pharmacy-delivery/armoured-van", Metric.ROUTE_DISTANCE, "BG-41-TX");

    private final StreamThresholdsCodec codec = new StreamThresholdsCodec();

    @Test
    void thresholdsReadBackAsWritten() {
        StreamThresholds tuned = StreamThresholds.NONE.with(BOX, 0.62).with(VAN, 0.9);

        StreamThresholdsCodec.Decoded decoded = codec.decode(codec.encode(tuned));

        assertThat(decoded.problems()).isEmpty();
        assertThat(decoded.thresholds()).isEqualTo(tuned);
        assertThat(decoded.thresholds().of(BOX, DetectorKind.BAND)).isEqualTo(0.62);
    }

    @Test
    void aBadLineIsNamedAndItsStreamUsesItsDefault() {
        String stored =
                StreamThresholdsCodec.HEADER + "\nlots\t" + BOX.id() + "\n1.5\tx/y dwell\n0.9\t" + VAN.id() + "\n0.5";

        StreamThresholdsCodec.Decoded decoded = codec.decode(stored);

        assertThat(decoded.thresholds().byStream()).containsExactly(Map.entry(VAN.id(), 0.9));
        assertThat(decoded.thresholds().of(BOX, DetectorKind.BAND)).isEqualTo(DetectorKind.BAND.alertThreshold());
        assertThat(decoded.problems())
                .containsExactly(
                        "line 2: \"lots\" is not a threshold above 0 and at most 1; " + BOX.id() + " uses its default",
                        "line 3: \"1.5\" is not a threshold above 0 and at most 1; x/y dwell uses its default",
                        "line 5 names no stream: \"0.5\"");
    }

    @Test
    void foreignTextIsRefusedWhole() {
        StreamThresholdsCodec.Decoded decoded = codec.decode("{\"coldbox\": 0.5}");

        assertThat(decoded.thresholds()).isEqualTo(StreamThresholds.NONE);
        assertThat(decoded.problems()).singleElement().asString().contains("not a list of stream thresholds");
    }

    @Test
    void settingsKeepThemUnderOneKey() {
        Map<String, String> store = new HashMap<>();
        SensitivitySettings settings = new SensitivitySettings(k -> Optional.ofNullable(store.get(k)), store::put);
        assertThat(settings.load().thresholds()).isEqualTo(StreamThresholds.NONE);

        settings.save(StreamThresholds.NONE.with(BOX, 0.6));

        assertThat(store).containsOnlyKeys(SensitivitySettings.KEY);
        assertThat(settings.load().thresholds().tuned(BOX)).hasValue(0.6);
    }
}
