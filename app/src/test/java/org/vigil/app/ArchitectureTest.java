package org.vigil.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency direction of DEVELOPERS.md and docs/ARCHITECTURE.md, enforced at build time. */
class ArchitectureTest {

    private static JavaClasses vigil;

    @BeforeAll
    static void importClasses() {
        vigil = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigil");
    }

    @Test
    void everyModuleIsOnTheClassPathSoTheRulesAreNotVacuous() {
        for (String module : new String[] {"core", "i18n", "content", "visual", "game", "app"}) {
            assertThat(vigil.stream().anyMatch(c -> c.getPackageName().startsWith("org.vigil." + module)))
                    .as(module)
                    .isTrue();
        }
    }

    @Test
    void coreKnowsNoUserInterfaceAndNoOtherModuleOfOurs() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("org.vigil.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "com.badlogic..",
                        "org.vigil.i18n..",
                        "org.vigil.visual..",
                        "org.vigil.game..",
                        "org.vigil.content..",
                        "org.vigil.app..");
        rule.check(vigil);
    }

    @Test
    void onlyTheStoreTouchesSql() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.vigil.core.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(vigil);
    }

    @Test
    void i18nDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.vigil.i18n..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.vigil.core..",
                        "org.vigil.visual..",
                        "org.vigil.game..",
                        "org.vigil.content..",
                        "org.vigil.app..")
                .check(vigil);
    }

    @Test
    void visualAndGameNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.vigil.visual..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.vigil.game..", "com.badlogic..")
                .check(vigil);
        noClasses()
                .that()
                .resideInAPackage("org.vigil.game..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.vigil.visual..")
                .allowEmptyShould(true)
                .check(vigil);
    }

    @Test
    void contentDependsOnlyOnCore() {
        noClasses()
                .that()
                .resideInAPackage("org.vigil.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.vigil.visual..", "org.vigil.game..", "org.vigil.app..", "javafx..")
                .check(vigil);
    }

    @Test
    void nothingButTheAppDependsOnTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.vigil.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.vigil.app..")
                .check(vigil);
    }
}
