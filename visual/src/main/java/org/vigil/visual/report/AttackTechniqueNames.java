package org.vigil.visual.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * MITRE ATT&CK technique names by id, for the techniques Vigil's shipped rules and pilots name
 * ({@code attack-techniques.properties}); other ids are reported without a name.
 */
final class AttackTechniqueNames {

    private final Map<String, String> names;

    AttackTechniqueNames() {
        Properties properties = new Properties();
        try (InputStream in = AttackTechniqueNames.class.getResourceAsStream("attack-techniques.properties")) {
            if (in == null) {
                throw new IOException("attack-techniques.properties missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> read = new HashMap<>();
        properties.stringPropertyNames().forEach(id -> read.put(id, properties.getProperty(id)));
        this.names = Map.copyOf(read);
    }

    Optional<String> name(String techniqueId) {
        return Optional.ofNullable(names.get(techniqueId.strip().toUpperCase(Locale.ROOT)));
    }
}
