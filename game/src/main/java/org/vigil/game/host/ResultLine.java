package org.vigil.game.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

/**
 * The lines a {@link GameLauncher} prints on stdout for its parent, one per line, each a prefix, a
 * space and JSON:
 *
 * <pre>
 * vigil-narration "Email 1 of 6. From: ..."           (any number, a JSON string)
 * vigil-result {"format":1,"participant":"P-0042","module":"inbox-triage","difficulty":"EASY",
 *               "language":"en","started":"2025-03-04T09:00:00Z","finished":"2025-03-04T09:04:10Z",
 *               "score":45,"maxScore":80,"items":[{"id":"parcel-redelivery-fee","malicious":true,
 *               "correct":true,"timeMillis":12000,"cuesFound":["DOMAIN_SPOOFING"],"cuesMissed":[]}]}
 * </pre>
 *
 * The result line comes exactly once, last, on a single line; instants are ISO-8601 UTC, times in
 * milliseconds, cues named by their NIST Phish Scale type. Other lines (libraries' logs) are ignored.
 * {@code format} rises only if a field changes meaning.
 */
public final class ResultLine {

    public static final String RESULT_PREFIX = "vigil-result ";
    public static final String NARRATION_PREFIX = "vigil-narration ";
    static final int FORMAT = 1;

    private final ObjectMapper json = new ObjectMapper();

    record Item(
            String id,
            boolean malicious,
            boolean correct,
            long timeMillis,
            List<String> cuesFound,
            List<String> cuesMissed) {}

    record Play(
            int format,
            String participant,
            String module,
            String difficulty,
            String language,
            String started,
            String finished,
            int score,
            int maxScore,
            List<Item> items) {}

    public String format(PlayResult result) {
        Play play = new Play(
                FORMAT,
                result.participant(),
                result.module().id(),
                result.difficulty().name(),
                result.languageTag(),
                result.started().toString(),
                result.finished().toString(),
                result.score(),
                result.maxScore(),
                result.items().stream()
                        .map(i -> new Item(
                                i.itemId(),
                                i.malicious(),
                                i.correct(),
                                i.time().toMillis(),
                                i.cuesFound(),
                                i.cuesMissed()))
                        .toList());
        return RESULT_PREFIX + write(play);
    }

    public String narration(String line) {
        return NARRATION_PREFIX + write(line);
    }

    /** The play a result line holds; empty for any other line. */
    public Optional<PlayResult> parseResult(String line) {
        if (!line.startsWith(RESULT_PREFIX)) {
            return Optional.empty();
        }
        Play play = read(line.substring(RESULT_PREFIX.length()), Play.class);
        if (play.format() != FORMAT) {
            throw new GameHostException("result line of format " + play.format() + ", expected " + FORMAT);
        }
        return Optional.of(new PlayResult(
                play.participant(),
                TrainingModule.ofId(play.module()),
                Difficulty.valueOf(play.difficulty()),
                play.language(),
                Instant.parse(play.started()),
                Instant.parse(play.finished()),
                play.score(),
                play.maxScore(),
                play.items().stream()
                        .map(i -> new ItemOutcome(
                                i.id(),
                                i.malicious(),
                                i.correct(),
                                Duration.ofMillis(i.timeMillis()),
                                i.cuesFound(),
                                i.cuesMissed()))
                        .toList()));
    }

    /** The text a narration line holds; empty for any other line. */
    public Optional<String> parseNarration(String line) {
        return line.startsWith(NARRATION_PREFIX)
                ? Optional.of(read(line.substring(NARRATION_PREFIX.length()), String.class))
                : Optional.empty();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new GameHostException("cannot write " + value, e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new GameHostException("unreadable line from the game: " + text, e);
        }
    }
}
