package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdRuleTest {

    private static String crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "0", "sub-a", "n17", "a-b-c"})
    void anIdThatIsAlreadyAVigilIdIsKept(String id) {
        // then
        assertThat(IdRule.vigilId(id)).isEqualTo(id);
    }

    @Test
    void anyOtherIdBecomesASlugAndTheChecksumOfTheOriginal() {
        // then
        assertThat(IdRule.vigilId("Bus 17")).isEqualTo("bus-17-" + crc32("Bus 17"));
        assertThat(IdRule.vigilId("Zürich Nord/2")).isEqualTo("zurich-nord-2-" + crc32("Zürich Nord/2"));
        assertThat(IdRule.vigilId("-17")).isEqualTo("17-" + crc32("-17"));
    }

    @Test
    void idsThatDifferOnlyInWhatTheSlugDropsStayApart() {
        // then
        assertThat(IdRule.vigilId("Bus 17")).isNotEqualTo(IdRule.vigilId("bus_17"));
    }

    @Test
    void anIdWithNothingForASlugBecomesItsChecksum() {
        // then
        assertThat(IdRule.vigilId("Ω")).isEqualTo(crc32("Ω"));
        assertThat(IdRule.vigilId("")).isEqualTo(crc32(""));
    }

    @Test
    void everyResultIsAVigilIdOfAtMost64Characters() {
        // given
        List<String> awkward = List.of(
                "x".repeat(65), "A".repeat(200), "a b ".repeat(40), "---", "_", "Ünïcødé ∑ 🙂", "UPPER", "a\tb\nc");

        // then
        for (String id : awkward) {
            assertThat(IdRule.vigilId(id)).matches("^[a-z0-9][a-z0-9-]{0,63}$");
        }
        assertThat(IdRule.vigilId("A".repeat(200))).isEqualTo("a".repeat(55) + "-" + crc32("A".repeat(200)));
    }
}
