package org.vigil.content.awareness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sample terms and conditions, fair or abusive, as inert HTML with notes on their clauses. */
public record TermsDocument(TemplateInfo info, List<ClauseNote> clauses, Map<Language, String> html)
        implements AttackTemplate {

    public TermsDocument {
        clauses = List.copyOf(clauses);
        html = Collections.unmodifiableMap(new EnumMap<>(html));
    }

    @Override
    public ItemType type() {
        return ItemType.TERMS;
    }

    @Override
    public Set<Language> languages() {
        return html.keySet();
    }
}
