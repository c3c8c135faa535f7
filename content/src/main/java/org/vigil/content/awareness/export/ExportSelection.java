package org.vigil.content.awareness.export;

import java.util.List;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.Lesson;

/** The items a trainer chose to export: attack-simulation templates and lessons, in the order chosen. */
public record ExportSelection(List<AttackTemplate> templates, List<Lesson> lessons) {

    public ExportSelection {
        templates = List.copyOf(templates);
        lessons = List.copyOf(lessons);
    }

    public boolean isEmpty() {
        return templates.isEmpty() && lessons.isEmpty();
    }
}
