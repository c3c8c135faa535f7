package org.vigil.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.ParticipantCode;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

/**
 * Training results in the workspace: each play with its items and their cues, saved in one
 * transaction and read back equal. Participants are known only by their pseudonymous codes.
 */
public final class TrainingRepository {

    /** A BCP 47 language tag as the games use them: {@code en}, {@code pt-PT}. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Connection connection;
    private final Sql sql;

    TrainingRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /**
     * Records a play with all its items and cues, all or nothing.
     *
     * @return the play's id in the workspace
     * @throws IllegalArgumentException if the participant code or language tag is not valid (nothing is saved)
     */
    public long save(PlayResult play) {
        checkParticipant(play.participant());
        if (!LANGUAGE_TAG.matcher(play.languageTag()).matches()) {
            throw new IllegalArgumentException("not a language tag: \"" + play.languageTag() + "\"");
        }
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                long id = insertPlay(play, nanos(play.started()), nanos(play.finished()));
                sql.batch(
                        "INSERT INTO training_item (play, position, item, malicious, correct, time)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        play.items(),
                        (s, item, position) -> {
                            s.setLong(1, id);
                            s.setInt(2, position);
                            s.setString(3, item.itemId());
                            s.setInt(4, item.malicious() ? 1 : 0);
                            s.setInt(5, item.correct() ? 1 : 0);
                            s.setLong(6, item.time().toNanos());
                        });
                sql.batch(
                        "INSERT INTO training_cue (play, position, found, ordinal, cue) VALUES (?, ?, ?, ?, ?)",
                        cueRows(play.items()),
                        (s, cue, i) -> {
                            s.setLong(1, id);
                            s.setInt(2, cue.position());
                            s.setInt(3, cue.found() ? 1 : 0);
                            s.setInt(4, cue.ordinal());
                            s.setString(5, cue.cue());
                        });
                connection.commit();
                return id;
            } catch (SQLException | ArithmeticException e) {
                rollback();
                throw new StoreException("cannot save the " + play.module().id() + " play of " + play.participant(), e);
            } finally {
                autoCommit();
            }
        }
    }

    /** A participant's plays in the order they finished, oldest first; none for an unknown code. */
    public List<PlayResult> plays(String participant) {
        checkParticipant(participant);
        synchronized (connection) {
            try {
                Map<Long, PlayRow> plays = new LinkedHashMap<>();
                sql.query(
                                "SELECT id, module, difficulty, language, started, finished, score, max_score"
                                        + " FROM training_play WHERE participant = ? ORDER BY finished, id",
                                row -> new PlayRow(
                                        row.getLong(1),
                                        row.getString(2),
                                        row.getString(3),
                                        row.getString(4),
                                        row.getLong(5),
                                        row.getLong(6),
                                        row.getInt(7),
                                        row.getInt(8)),
                                participant)
                        .forEach(play -> plays.put(play.id(), play));
                Map<Long, List<ItemRow>> items = items(participant);
                Map<ItemKey, CueLists> cues = cues(participant);
                List<PlayResult> result = new ArrayList<>(plays.size());
                for (PlayRow play : plays.values()) {
                    List<ItemOutcome> outcomes = items.getOrDefault(play.id(), List.of()).stream()
                            .map(item -> item.outcome(
                                    cues.getOrDefault(new ItemKey(play.id(), item.position()), new CueLists())))
                            .toList();
                    result.add(play.result(participant, outcomes));
                }
                return result;
            } catch (SQLException | IllegalArgumentException e) {
                throw new StoreException("cannot read the training results of " + participant, e);
            }
        }
    }

    /** Every participant code with a play, in alphabetical order. */
    public List<String> participants() {
        synchronized (connection) {
            try {
                return sql.query(
                        "SELECT DISTINCT participant FROM training_play ORDER BY participant", row -> row.getString(1));
            } catch (SQLException e) {
                throw new StoreException("cannot list the training participants", e);
            }
        }
    }

    private long insertPlay(PlayResult play, long started, long finished) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO training_play (participant, module, difficulty, language, started, finished, score,"
                        + " max_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            statement.setString(1, play.participant());
            statement.setString(2, play.module().id());
            statement.setString(3, play.difficulty().name());
            statement.setString(4, play.languageTag());
            statement.setLong(5, started);
            statement.setLong(6, finished);
            statement.setInt(7, play.score());
            statement.setInt(8, play.maxScore());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Map<Long, List<ItemRow>> items(String participant) throws SQLException {
        Map<Long, List<ItemRow>> items = new LinkedHashMap<>();
        sql.query(
                        "SELECT i.play, i.position, i.item, i.malicious, i.correct, i.time FROM training_item i"
                                + " JOIN training_play p ON p.id = i.play WHERE p.participant = ?"
                                + " ORDER BY i.play, i.position",
                        row -> new ItemRow(
                                row.getLong(1),
                                row.getInt(2),
                                row.getString(3),
                                row.getInt(4) == 1,
                                row.getInt(5) == 1,
                                row.getLong(6)),
                        participant)
                .forEach(item -> items.computeIfAbsent(item.play(), p -> new ArrayList<>())
                        .add(item));
        return items;
    }

    private Map<ItemKey, CueLists> cues(String participant) throws SQLException {
        Map<ItemKey, CueLists> cues = new LinkedHashMap<>();
        sql.query(
                        "SELECT c.play, c.position, c.found, c.cue FROM training_cue c"
                                + " JOIN training_play p ON p.id = c.play WHERE p.participant = ?"
                                + " ORDER BY c.play, c.position, c.found, c.ordinal",
                        row -> new CueRow(row.getInt(2), row.getInt(3) == 1, 0, row.getString(4), row.getLong(1)),
                        participant)
                .forEach(cue -> {
                    CueLists lists = cues.computeIfAbsent(new ItemKey(cue.play(), cue.position()), k -> new CueLists());
                    (cue.found() ? lists.found() : lists.missed()).add(cue.cue());
                });
        return cues;
    }

    private static List<CueRow> cueRows(List<ItemOutcome> items) {
        List<CueRow> rows = new ArrayList<>();
        for (int position = 0; position < items.size(); position++) {
            ItemOutcome item = items.get(position);
            for (int i = 0; i < item.cuesFound().size(); i++) {
                rows.add(new CueRow(position, true, i, item.cuesFound().get(i), 0));
            }
            for (int i = 0; i < item.cuesMissed().size(); i++) {
                rows.add(new CueRow(position, false, i, item.cuesMissed().get(i), 0));
            }
        }
        return rows;
    }

    private static void checkParticipant(String participant) {
        new ParticipantCode(participant); // throws with the reason in words
    }

    /** Epoch nanoseconds: exact, and they order plays; a long holds them until the year 2262. */
    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the save already failed; its error is the one reported
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next statement reports a broken connection
        }
    }

    private record PlayRow(
            long id,
            String module,
            String difficulty,
            String language,
            long started,
            long finished,
            int score,
            int maxScore) {

        PlayResult result(String participant, List<ItemOutcome> items) {
            return new PlayResult(
                    participant,
                    TrainingModule.ofId(module),
                    Difficulty.valueOf(difficulty),
                    language,
                    instant(started),
                    instant(finished),
                    score,
                    maxScore,
                    items);
        }
    }

    private record ItemRow(long play, int position, String item, boolean malicious, boolean correct, long time) {

        ItemOutcome outcome(CueLists cues) {
            return new ItemOutcome(item, malicious, correct, Duration.ofNanos(time), cues.found(), cues.missed());
        }
    }

    private record ItemKey(long play, int position) {}

    private record CueRow(int position, boolean found, int ordinal, String cue, long play) {}

    private record CueLists(List<String> found, List<String> missed) {
        CueLists() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }
}
