package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.vigil.core.scenario.ScenarioReading.read;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.TestScenario;

/** A file that cannot be read as a scenario at all (syntax, shape, size, missing) is reported without throwing. */
class ScenarioReaderUnreadableFileTest {

    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void withASyntaxErrorReportsItsLine() {
        // given
        String json = """
                {
                  "formatVersion": 1,
                  "id": "broken",
                  "name": "Missing comma"
                  "description": "The line above lacks a comma."
                }
                """;

        // when
        ScenarioReadResult result = read(json);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.args()).singleElement().asString().isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"scenario\"", "null", "true"})
    void whoseRootIsNotAnObjectIsReportedAsTheWrongType(String json) {
        // when
        ScenarioReadResult result = read(json);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.WRONG_TYPE);
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.args()).containsExactly("object");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  \n"})
    void thatIsEmptyIsReportedAndDoesNotThrow(String content, @TempDir Path folder) throws IOException {
        // given
        Path file = Files.writeString(folder.resolve("empty.json"), content);

        // when
        ScenarioReadResult result = reader.read(file);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.code()).isEqualTo(ProblemCode.WRONG_TYPE);
            assertThat(p.source()).isEqualTo(file.toString());
        });
    }

    @Test
    void ofBinaryGarbageIsReportedAndDoesNotThrow(@TempDir Path folder) throws IOException {
        // given a PNG header followed by random bytes, and a UTF-32 looking start
        byte[] png = new byte[4096];
        new Random(42).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        byte[] utf32 = {0, 0, 0, 1, 2, 3, 4};

        for (byte[] garbage : List.of(png, utf32)) {
            Path file = Files.write(folder.resolve("garbage.json"), garbage);

            // when
            ScenarioReadResult result = reader.read(file);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.code()).isIn(ProblemCode.SYNTAX, ProblemCode.UNREADABLE_FILE));
        }
    }

    @Test
    void nestedDeeperThan64LevelsIsReportedAndDoesNotOverflowTheStack() {
        // given an event whose fields nest 1000 levels deep
        String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
        String json = TestScenario.small()
                .set("$.timeline[0].fields.nested", "@DEEP@")
                .toJson()
                .replace("\"@DEEP@\"", deep);

        // when
        ScenarioReadResult result = read(json);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
            assertThat(p.args()).singleElement().asString().contains("64");
        });
    }

    @Test
    void thatDoesNotExistIsReportedAsUnreadable(@TempDir Path folder) {
        // given
        Path missing = folder.resolve("nowhere.json");

        // when
        ScenarioReadResult result = reader.read(missing);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNREADABLE_FILE);
            assertThat(p.source()).isEqualTo(missing.toString());
            assertThat(p.line()).isZero();
            assertThat(p.args()).singleElement().asString().contains("nowhere.json");
        });
    }

    @Test
    void thatIsAFolderIsReportedAsUnreadable(@TempDir Path folder) throws IOException {
        // given
        Path directory = Files.createDirectory(folder.resolve("scenario.json"));

        // when
        ScenarioReadResult result = reader.read(directory);

        // then
        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    @Test
    void largerThanTheLimitIsRefusedWithoutReadingIt(@TempDir Path folder) throws IOException {
        // given a sparse file just over 32 MiB
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(ScenarioReader.MAX_FILE_MIB * 1024L * 1024L + 1);
        }

        // when
        ScenarioReadResult result = reader.read(file);

        // then
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.FILE_TOO_LARGE);
            assertThat(p.args()).containsExactly("32");
        });
    }

    @Test
    void cutOffAnywhereNeverMakesTheReaderThrow() {
        // given every prefix of a valid file, and seeded random bytes
        byte[] valid = TestScenario.small().toBytes();
        Random random = new Random(7);

        for (int length = 0; length < valid.length; length += 13) {
            byte[] prefix = Arrays.copyOf(valid, length);
            // when / then
            assertThatCode(() -> assertThat(reader.read("cut.json", prefix).hasErrors())
                            .isTrue())
                    .as("prefix of %d bytes", length)
                    .doesNotThrowAnyException();
        }
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            assertThatCode(() -> reader.read("noise.json", noise)).doesNotThrowAnyException();
        }
    }
}
