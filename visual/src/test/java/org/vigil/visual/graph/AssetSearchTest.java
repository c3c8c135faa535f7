package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Scenario;

/** Finding assets by what the analyst types, on the pharmacy pilot's Portuguese names. */
class AssetSearchTest {

    private final Scenario pharmacy = GraphFixture.pilot("pharmacy-delivery");
    private final AssetSearch search = new AssetSearch(pharmacy.assets().stream()
            .map(a -> new AssetSearch.Hit(a.id(), a.name()))
            .toList());

    @Test
    void matchesWithoutAccentsOrCase() {
        assertThat(search.matches("SETUBAL", 10))
                .extracting(AssetSearch.Hit::assetId)
                .contains("setubal-hub");
        assertThat(search.matches("atlantico", 10))
                .extracting(AssetSearch.Hit::assetId)
                .contains("atlantico-corp-net");
        assertThat(search.matches("Atlântico CORPORATE", 10))
                .extracting(AssetSearch.Hit::assetId)
                .containsExactly("atlantico-corp-net");
    }

    @Test
    void findsByIdTooAndPutsNamesStartingWithTheQueryFirst() {
        List<AssetSearch.Hit> hits = search.matches("cold", 20);

        assertThat(hits).isNotEmpty();
        assertThat(hits)
                .allMatch(h -> AssetSearch.fold(h.label()).contains("cold")
                        || h.assetId().contains("cold"));
        int firstContaining = hits.size();
        for (int i = 0; i < hits.size(); i++) {
            boolean starts = AssetSearch.fold(hits.get(i).label()).startsWith("cold")
                    || hits.get(i).assetId().startsWith("cold");
            if (!starts) {
                firstContaining = Math.min(firstContaining, i);
            } else {
                assertThat(i)
                        .as("%s starts with the query but comes after one that only contains it", hits.get(i))
                        .isLessThan(firstContaining);
            }
        }
        assertThat(search.matches("setubal-hub", 5))
                .extracting(AssetSearch.Hit::assetId)
                .startsWith("setubal-hub");
    }

    @Test
    void aBlankQueryFindsNothingAndAChosenSuggestionNamesItsAsset() {
        assertThat(search.matches("  ", 10)).isEmpty();
        AssetSearch.Hit hub = search.matches("setúbal", 1).get(0);

        assertThat(search.exactly(hub.toString())).contains(hub);
        assertThat(search.exactly("setubal delivery hub")).contains(hub);
        assertThat(search.exactly("nowhere")).isEmpty();
    }
}
