package org.vigil.i18n;

import java.util.Set;

/** Every user-visible text of one language, looked up by stable dotted key. */
public interface Messages {

    Language language();

    /**
     * The text for a key, formatted with ICU MessageFormat (plurals follow the language's rules).
     * A missing key yields the key itself in brackets, so it shows and a test can catch it.
     */
    String text(String key, Object... args);

    boolean has(String key);

    /** Every key this language can say. */
    Set<String> keys();
}
