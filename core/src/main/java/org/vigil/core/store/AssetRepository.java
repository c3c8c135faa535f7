package org.vigil.core.store;

import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.ContinuityTargets;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.Layer;

/** Assets of a scenario with their tags and identifiers. Callers hold the connection's lock and transaction. */
final class AssetRepository {

    private record Owned<T>(String assetId, T value) {}

    private final Sql sql;

    AssetRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(String scenarioId, List<Asset> assets) throws SQLException {
        sql.batch(
                "INSERT INTO asset (scenario_id, id, position, layer, kind, owner_id, name, description, criticality,"
                        + " rto_minutes, mtpd_minutes, output_per_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assets,
                (s, a, i) -> {
                    s.setString(1, scenarioId);
                    s.setString(2, a.id());
                    s.setInt(3, i);
                    s.setString(4, a.layer().name());
                    s.setString(5, a.kind().name());
                    s.setString(6, a.ownerId());
                    s.setString(7, a.name());
                    s.setString(8, a.description());
                    s.setInt(9, a.criticality());
                    if (a.continuity().isPresent()) {
                        s.setInt(10, a.continuity().get().rtoMinutes());
                        s.setInt(11, a.continuity().get().mtpdMinutes());
                    } else {
                        s.setNull(10, Types.INTEGER);
                        s.setNull(11, Types.INTEGER);
                    }
                    OptionalDouble output =
                            a.continuity().map(ContinuityTargets::outputPerDay).orElse(OptionalDouble.empty());
                    if (output.isPresent()) {
                        s.setDouble(12, output.getAsDouble());
                    } else {
                        s.setNull(12, Types.REAL);
                    }
                });
        List<Owned<String>> tags = new ArrayList<>();
        List<Owned<AssetIdentifier>> identifiers = new ArrayList<>();
        for (Asset a : assets) {
            a.tags().forEach(t -> tags.add(new Owned<>(a.id(), t)));
            a.identifiers().forEach(id -> identifiers.add(new Owned<>(a.id(), id)));
        }
        sql.batch(
                "INSERT INTO asset_tag (scenario_id, asset_id, position, tag) VALUES (?, ?, ?, ?)", tags, (s, t, i) -> {
                    s.setString(1, scenarioId);
                    s.setString(2, t.assetId());
                    s.setInt(3, i);
                    s.setString(4, t.value());
                });
        sql.batch(
                "INSERT INTO asset_identifier (scenario_id, asset_id, position, type, value) VALUES (?, ?, ?, ?, ?)",
                identifiers,
                (s, id, i) -> {
                    s.setString(1, scenarioId);
                    s.setString(2, id.assetId());
                    s.setInt(3, i);
                    s.setString(4, id.value().type().name());
                    s.setString(5, id.value().value());
                });
    }

    List<Asset> find(String scenarioId) throws SQLException {
        Map<String, List<String>> tags = new HashMap<>();
        for (Owned<String> t : sql.query(
                "SELECT asset_id, tag FROM asset_tag WHERE scenario_id = ? ORDER BY position",
                row -> new Owned<>(row.getString(1), row.getString(2)),
                scenarioId)) {
            tags.computeIfAbsent(t.assetId(), k -> new ArrayList<>()).add(t.value());
        }
        Map<String, List<AssetIdentifier>> identifiers = new HashMap<>();
        for (Owned<AssetIdentifier> id : sql.query(
                "SELECT asset_id, type, value FROM asset_identifier WHERE scenario_id = ? ORDER BY position",
                row -> new Owned<>(
                        row.getString(1),
                        new AssetIdentifier(IdentifierType.valueOf(row.getString(2)), row.getString(3))),
                scenarioId)) {
            identifiers.computeIfAbsent(id.assetId(), k -> new ArrayList<>()).add(id.value());
        }
        return sql.query(
                "SELECT id, kind, owner_id, name, description, criticality, rto_minutes, mtpd_minutes,"
                        + " output_per_day FROM asset WHERE scenario_id = ? ORDER BY position",
                row -> {
                    String id = row.getString(1);
                    int rto = row.getInt(7);
                    boolean noContinuity = row.wasNull();
                    int mtpd = row.getInt(8);
                    double output = row.getDouble(9);
                    OptionalDouble outputPerDay = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(output);
                    Optional<ContinuityTargets> continuity = noContinuity
                            ? Optional.empty()
                            : Optional.of(new ContinuityTargets(rto, mtpd, outputPerDay));
                    return new Asset(
                            id,
                            AssetKind.valueOf(row.getString(2)),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getInt(6),
                            tags.getOrDefault(id, List.of()),
                            identifiers.getOrDefault(id, List.of()),
                            continuity);
                },
                scenarioId);
    }

    Map<Layer, Integer> countsByLayer(String scenarioId) throws SQLException {
        Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
        sql.query(
                "SELECT layer, COUNT(*) FROM asset WHERE scenario_id = ? GROUP BY layer",
                row -> counts.put(Layer.valueOf(row.getString(1)), row.getInt(2)),
                scenarioId);
        return counts;
    }
}
