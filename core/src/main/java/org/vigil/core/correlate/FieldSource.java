package org.vigil.core.correlate;

import java.util.List;

/** Field values by name, as Sigma rules and group-by see them. */
interface FieldSource {

    /**
     * The values of a field: {@code null} when the field is absent, an empty list when it is present
     * but null, otherwise its values (several for arrays and multi-valued fields).
     */
    List<String> lookup(String field);
}
