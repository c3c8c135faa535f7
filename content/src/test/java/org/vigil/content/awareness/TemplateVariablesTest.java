package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

    @Test
    void findsKnownUnknownAndMalformedVariablesInOrder() {
        var uses = TemplateVariables.find("Hi {{.FirstName}}, {{.Password}} {{ .URL }} {{");

        assertThat(uses)
                .extracting(TemplateVariables.Use::token)
                .containsExactly("{{.FirstName}}", "{{.Password}}", "{{ .URL }}", "{{");
        assertThat(uses).extracting(TemplateVariables.Use::isKnown).containsExactly(true, false, false, false);
        assertThat(uses).extracting(TemplateVariables.Use::isWellFormed).containsExactly(true, true, false, false);
    }

    @Test
    void fillsAPreviewAndLeavesUnknownValuesAlone() {
        String preview = TemplateVariables.fill(
                "Hello {{.FirstName}}, see {{.URL}} ({{.RId}})",
                Map.of("FirstName", "Ana", "URL", "https://www.correioja.example/track"));

        assertThat(preview).isEqualTo("Hello Ana, see https://www.correioja.example/track ({{.RId}})");
    }
}
