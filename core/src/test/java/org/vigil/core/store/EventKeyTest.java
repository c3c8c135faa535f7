package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.FeedFormat;

/** The key computed in Java (inserts) and in SQL (queries, the migration) must always agree. */
class EventKeyTest {

    private static final String MADE_BY_VIGIL = EventIds.of(FeedFormat.SURICATA_EVE, "{}", 0);

    private static final List<String> IDS = List.of(
            MADE_BY_VIGIL,
            "0123456789abcdef0123456789abcdef-0",
            "0123456789abcdef0123456789abcdef-17",
            "0123456789ABCDEF0123456789abcdef-0",
            "0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcde",
            "0123456789abcdef0123456789abcdefä",
            "ab",
            "AB",
            "abc",
            "a",
            "",
            "shell",
            "scripted-7",
            "deadbeef-ünï-😀",
            "😀0123456789abcdef0123456789abcdef");

    @Test
    void javaAndSqlGiveTheSameKey() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                PreparedStatement s =
                        c.prepareStatement("SELECT " + EventKey.sql("?1") + ", typeof(" + EventKey.sql("?1") + ")")) {
            for (String id : IDS) {
                s.setString(1, id);
                try (ResultSet row = s.executeQuery()) {
                    Object key = EventKey.of(id);
                    if (key instanceof byte[] bytes) {
                        assertThat(row.getString(2)).as(id).isEqualTo("blob");
                        assertThat(row.getBytes(1)).as(id).isEqualTo(bytes);
                    } else {
                        assertThat(row.getString(2)).as(id).isEqualTo("text");
                        assertThat(row.getString(1)).as(id).isEqualTo(key).isEqualTo(id);
                    }
                }
            }
        }
    }

    @Test
    void idsMadeByVigilTakeEighteenBytes() {
        assertThat(EventKey.of(MADE_BY_VIGIL)).isInstanceOf(byte[].class);
        assertThat((byte[]) EventKey.of(MADE_BY_VIGIL)).hasSize(18);
    }

    @Test
    void differentIdsNeverShareAKey() {
        List<String> ids = List.of(
                MADE_BY_VIGIL, MADE_BY_VIGIL.toUpperCase(), "ab", "AB", "abc", "ab-", "", "a", MADE_BY_VIGIL + "0");
        Set<String> keys = new HashSet<>();
        for (String id : ids) {
            Object key = EventKey.of(id);
            keys.add(key instanceof byte[] bytes ? "blob:" + HexFormat.of().formatHex(bytes) : "text:" + key);
        }
        assertThat(keys).hasSize(ids.size());
    }
}
