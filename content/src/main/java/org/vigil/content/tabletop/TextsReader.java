package org.vigil.content.tabletop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Language;
import org.vigil.content.json.JsonFields;

/** Reads an exercise's texts per language: every key its stages, options and cues need, and no other. */
final class TextsReader {

    private final ContentSource source;
    private final List<ContentProblem> problems;

    TextsReader(ContentSource source, List<ContentProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    Map<Language, TabletopTexts> read(TabletopExercise exercise, Set<Language> languages) {
        Set<String> needed = keys(exercise);
        Map<Language, TabletopTexts> all = new EnumMap<>(Language.class);
        for (Language language : languages) {
            String file = "texts/" + language.tag() + ".json";
            TabletopReader.parse(source, file, "missing texts in " + language.tag(), problems)
                    .ifPresent(json -> all.put(language, new TabletopTexts(language, texts(json, needed))));
        }
        return all;
    }

    private static Map<String, String> texts(JsonFields json, Set<String> needed) {
        Map<String, String> texts = new LinkedHashMap<>();
        var fields = json.root().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = "$." + field.getKey();
            if (!needed.contains(field.getKey())) {
                json.report(path, "unknown text key \"" + field.getKey() + "\": no stage, option or cue uses it");
                continue;
            }
            json.textValue(field.getValue(), path).ifPresent(text -> texts.put(field.getKey(), text));
        }
        for (String key : needed) {
            if (!json.root().has(key)) {
                json.report("$." + key, "missing text \"" + key + "\"");
            }
        }
        return texts;
    }

    /** Every key the exercise's stages, options and cues need, in reading order. */
    static Set<String> keys(TabletopExercise exercise) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> cues = new LinkedHashSet<>();
        for (TabletopStage stage : exercise.stages()) {
            keys.add(TabletopTexts.stageTitle(stage.id()));
            keys.add(TabletopTexts.stageInject(stage.id()));
            keys.add(TabletopTexts.stageHint(stage.id()));
            for (TabletopOption option : stage.options()) {
                keys.add(TabletopTexts.optionLabel(stage.id(), option.id()));
                keys.add(TabletopTexts.optionNote(stage.id(), option.id()));
            }
            cues.addAll(stage.cues());
        }
        for (String cue : cues) {
            keys.add(TabletopTexts.cueName(cue));
            keys.add(TabletopTexts.cueExplanation(cue));
        }
        return keys;
    }
}
