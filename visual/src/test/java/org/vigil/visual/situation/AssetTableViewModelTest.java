package org.vigil.visual.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.Fixtures;
import org.vigil.visual.text.UiText;

class AssetTableViewModelTest {

    private final MessageCatalog catalog = new MessageCatalog();
    private final UiText text = new UiText(catalog.messages(Language.EN));
    private final AssetTableViewModel model = new AssetTableViewModel(text);

    @Test
    void withoutAScenarioTheTableSaysWhatToDo() {
        assertThat(model.rows()).isEmpty();
        assertThat(model.summary().get()).isEqualTo("Choose a scenario to see its assets.");
    }

    @Test
    void showingAScenarioListsAllItsAssets() {
        model.show(Fixtures.smallShop());

        assertThat(model.rows()).extracting(Asset::id).containsExactly("web", "db", "store", "clerk", "checkout");
        assertThat(model.summary().get()).isEqualTo("5 of 5 assets");
    }

    @Test
    void textFilterMatchesNameTagIdentifierAndOwner() {
        model.show(Fixtures.smallShop());

        model.searchProperty().set("gdpr");
        assertThat(model.rows()).extracting(Asset::id).containsExactly("db");

        model.searchProperty().set("10.0.0.5");
        assertThat(model.rows()).extracting(Asset::id).containsExactly("web");

        model.searchProperty().set("hosting");
        assertThat(model.rows()).extracting(Asset::id).containsExactly("web");

        model.searchProperty().set("  CHECKOUT ");
        assertThat(model.rows()).extracting(Asset::id).containsExactly("checkout");
        assertThat(model.summary().get()).isEqualTo("1 of 5 assets");
    }

    @Test
    void layerFilterCombinesWithTheTextFilter() {
        model.show(Fixtures.smallShop());

        model.layerProperty().set(Layer.CYBER);
        assertThat(model.rows()).extracting(Asset::id).containsExactly("web", "db");

        model.searchProperty().set("shop floor");
        assertThat(model.rows()).isEmpty();
        assertThat(model.summary().get()).isEqualTo("No asset matches this filter.");

        model.layerProperty().set(null);
        assertThat(model.rows()).extracting(Asset::id).containsExactly("store");
    }

    @Test
    void namesFollowTheLanguageAndTheFilterFindsTranslatedNames() {
        model.show(Fixtures.smallShop());
        Asset web = model.rows().get(0);

        text.use(catalog.messages(Language.DE));
        model.searchProperty().set("kundendaten");

        assertThat(model.name(web)).isEqualTo("Webserver");
        assertThat(model.rows()).extracting(Asset::id).containsExactly("db");
        assertThat(model.summary().get()).doesNotContain("assets");
    }

    @Test
    void selectingAnAssetGivesItsOwnerAndDependenciesBothWays() {
        model.show(Fixtures.smallShop());
        Asset web = model.rows().get(0);

        model.selectedProperty().set(web);

        AssetDetails details = model.detailsProperty().get();
        assertThat(details.owner()).map(o -> o.name()).contains("Hosting Ltd");
        assertThat(details.dependsOn()).extracting(l -> l.other().id()).containsExactly("db");
        assertThat(details.neededBy()).extracting(l -> l.other().id()).containsExactly("checkout");
    }

    @Test
    void aSelectionHiddenByTheFilterIsCleared() {
        model.show(Fixtures.smallShop());
        model.selectedProperty().set(model.rows().get(0));

        model.layerProperty().set(Layer.HUMAN);

        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.detailsProperty().get()).isNull();
    }
}
