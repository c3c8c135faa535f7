package org.vigil.app.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.vigil.i18n.Messages;

/** Lets picocli read option and parameter descriptions from our bundles, in the user's language. */
final class MessagesBundle extends ResourceBundle {

    /** picocli's own keys for the standard help options, mapped to ours. */
    private static final Map<String, String> ALIASES = Map.of(
            "mixinStandardHelpOptions.help", "cli.option.help",
            "mixinStandardHelpOptions.version", "cli.option.version",
            "help", "cli.option.help",
            "version", "cli.option.version");

    private final Messages messages;
    private final Map<String, Object[]> arguments;

    MessagesBundle(Messages messages, Map<String, Object[]> arguments) {
        this.messages = messages;
        this.arguments = Map.copyOf(arguments);
    }

    @Override
    protected Object handleGetObject(String key) {
        String ours = ALIASES.getOrDefault(key, key);
        if (!ours.startsWith("cli.") || !messages.has(ours)) {
            return null;
        }
        return messages.text(ours, arguments.getOrDefault(ours, new Object[0]));
    }

    /** picocli reads only the keys a bundle lists. */
    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new HashSet<>(ALIASES.keySet());
        messages.keys().stream().filter(k -> k.startsWith("cli.")).forEach(keys::add);
        return Collections.enumeration(keys);
    }
}
