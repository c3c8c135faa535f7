package org.vigil.content.tabletop;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.PilotScenarios;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Language;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;

/**
 * The Ransomware Tabletop shipped with Vigil, on the classpath under {@code
 * /org/vigil/content/tabletop/}: the bank's ransomware exercise on the bank pilot scenario. Reading
 * it touches only these files and that one scenario, so a freshly started game process loads it
 * fast. The build validates it; a problem here is a defect.
 */
public final class ShippedTabletop {

    public static final String EXERCISE = "bank-ransomware.json";

    private final PilotScenarios pilots;

    public ShippedTabletop(ScenarioReader scenarios) {
        this.pilots = new PilotScenarios(scenarios);
    }

    public static ContentSource source() {
        return ContentSource.classpath(ShippedTabletop.class, "/org/vigil/content/tabletop/");
    }

    /** A reader that finds scenarios among the pilots. */
    public TabletopReader reader() {
        return new TabletopReader(this::pilot);
    }

    /** The exercise in every language with all its problems, for validation. */
    public TabletopReadResult read() {
        return reader().read(source(), EXERCISE, EnumSet.allOf(Language.class));
    }

    /** The exercise with the texts of the given languages; fails loudly on any problem. */
    public TabletopContent load(Set<Language> languages) {
        TabletopReadResult result = reader().read(source(), EXERCISE, languages);
        if (!result.isValid()) {
            throw new IllegalStateException("shipped tabletop content is invalid:\n"
                    + String.join(
                            "\n",
                            result.problems().stream()
                                    .map(ContentProblem::toString)
                                    .toList()));
        }
        return result.content().orElseThrow();
    }

    private Optional<Scenario> pilot(String file) {
        return PilotScenarios.FILES.contains(file) ? pilots.read(file).scenario() : Optional.empty();
    }
}
