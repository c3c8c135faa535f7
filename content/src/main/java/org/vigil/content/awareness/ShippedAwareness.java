package org.vigil.content.awareness;

import java.util.Set;

/**
 * The awareness content shipped with Vigil, on the classpath under {@code
 * /org/vigil/content/awareness/}. It is validated by the build; a problem here is a defect.
 */
public final class ShippedAwareness {

    private final AwarenessReader reader;

    public ShippedAwareness(AwarenessReader reader) {
        this.reader = reader;
    }

    /** The library with all its problems, for validation. */
    public AwarenessReadResult read() {
        return reader.read(ContentSource.shipped());
    }

    /** The library; fails loudly if the shipped content has any problem. */
    public AwarenessLibrary load() {
        return valid(read());
    }

    /**
     * A library of the named items only, for a round already dealt; fails loudly on any problem,
     * a name the content does not have among them.
     */
    public AwarenessLibrary loadOnly(Set<String> ids) {
        return valid(reader.readOnly(ContentSource.shipped(), ids));
    }

    private static AwarenessLibrary valid(AwarenessReadResult result) {
        if (!result.isValid()) {
            throw new IllegalStateException("shipped awareness content is invalid:\n"
                    + String.join(
                            "\n",
                            result.problems().stream()
                                    .map(ContentProblem::toString)
                                    .toList()));
        }
        return result.library();
    }
}
