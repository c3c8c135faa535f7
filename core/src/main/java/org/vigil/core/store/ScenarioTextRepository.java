package org.vigil.core.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.model.ScenarioTexts;

/** Translations of a scenario's names and descriptions. Callers hold the connection's lock and transaction. */
final class ScenarioTextRepository {

    private record Text(String language, String key, String text) {}

    private final Sql sql;

    ScenarioTextRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(String scenarioId, ScenarioTexts texts) throws SQLException {
        List<Text> rows = new ArrayList<>();
        texts.byLanguage()
                .forEach((language, byKey) -> byKey.forEach((key, text) -> rows.add(new Text(language, key, text))));
        sql.batch(
                "INSERT INTO scenario_text (scenario_id, language, key, text) VALUES (?, ?, ?, ?)", rows, (s, t, i) -> {
                    s.setString(1, scenarioId);
                    s.setString(2, t.language());
                    s.setString(3, t.key());
                    s.setString(4, t.text());
                });
    }

    ScenarioTexts find(String scenarioId) throws SQLException {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (Text t : sql.query(
                "SELECT language, key, text FROM scenario_text WHERE scenario_id = ?",
                row -> new Text(row.getString(1), row.getString(2), row.getString(3)),
                scenarioId)) {
            byLanguage.computeIfAbsent(t.language(), k -> new HashMap<>()).put(t.key(), t.text());
        }
        return new ScenarioTexts(byLanguage);
    }
}
