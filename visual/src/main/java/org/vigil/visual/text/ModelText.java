package org.vigil.visual.text;

import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.model.ScenarioTexts;

/** Names of model values and scenario texts in the current language. */
public final class ModelText {

    private final UiText text;

    public ModelText(UiText text) {
        this.text = text;
    }

    public String layer(Layer layer) {
        return text.get("layer." + layer.name());
    }

    public String kind(AssetKind kind) {
        return text.get("kind." + kind.name());
    }

    public String organisationType(OrganisationType type) {
        return text.get("orgtype." + type.name());
    }

    public String identifierType(IdentifierType type) {
        return text.get("identifier." + type.name());
    }

    public String dependencyType(Dependency dependency) {
        return text.get("deptype." + dependency.type().name());
    }

    public String growth(Dependency dependency) {
        return text.get("growth." + dependency.growth().name(), Math.round(dependency.rampMinutes()));
    }

    public String assetName(ScenarioTexts texts, Asset asset) {
        return texts.text(text.languageTag(), ScenarioTexts.assetName(asset.id()), asset.name());
    }

    public String assetDescription(ScenarioTexts texts, Asset asset) {
        return texts.text(text.languageTag(), ScenarioTexts.assetDescription(asset.id()), asset.description());
    }

    public String organisationName(ScenarioTexts texts, Organisation organisation) {
        return texts.text(text.languageTag(), ScenarioTexts.organisationName(organisation.id()), organisation.name());
    }

    public String scenarioName(Scenario scenario) {
        return scenario.texts().text(text.languageTag(), ScenarioTexts.scenarioName(), scenario.name());
    }

    public String scenarioName(ScenarioSummary scenario) {
        return scenario.texts().text(text.languageTag(), ScenarioTexts.scenarioName(), scenario.name());
    }

    public String scenarioDescription(ScenarioSummary scenario) {
        return scenario.texts().text(text.languageTag(), ScenarioTexts.scenarioDescription(), scenario.description());
    }
}
