package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/** Reads a lesson, {@code lessons/<id>/item.json}: slides and a quiz, all languages inside. */
final class LessonReader {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;

    private final ReadContext context;

    LessonReader(ReadContext context) {
        this.context = context;
    }

    Optional<Lesson> read(String id) {
        Optional<JsonFields> parsed = context.itemJson(ItemType.LESSON, id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields json = parsed.get();
        JsonNode root = json.root();
        json.allowOnly(
                root, "$", Set.of("formatVersion", "id", "audiences", "topics", "title", "summary", "slides", "quiz"));
        json.formatVersion();
        Optional<String> itemId = ReadContext.itemId(json, id);
        List<Audience> audiences = json.enumList(root, "$", "audiences", Audience.class);
        List<Topic> topics = json.enumList(root, "$", "topics", Topic.class);
        Optional<LocalizedText> title = LocalizedFields.required(json, root, "$", "title");
        Optional<LocalizedText> summary = LocalizedFields.required(json, root, "$", "summary");
        int before = context.problems.count();
        List<Slide> slides = slides(json);
        List<QuizQuestion> quiz = quiz(json);
        boolean partsComplete = context.problems.count() == before;
        if (itemId.isEmpty()
                || audiences.isEmpty()
                || topics.isEmpty()
                || title.isEmpty()
                || summary.isEmpty()
                || !partsComplete) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(id, audiences, topics, title.get(), summary.get(), slides, quiz));
    }

    private List<Slide> slides(JsonFields json) {
        List<Slide> slides = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> elements = json.array(json.root(), "$", "slides", true, true);
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonFields.element("$.slides", i);
            JsonNode node = elements.get(i);
            if (!json.isObject(node, path)) {
                continue;
            }
            json.allowOnly(node, path, Set.of("id", "illustration", "title", "body", "example"));
            Optional<String> id =
                    json.id(node, path, "id").filter(v -> json.unique(ids, v, JsonFields.child(path, "id")));
            Optional<String> illustration = json.id(node, path, "illustration");
            illustration.ifPresent(ill -> context.references.add(
                    new ItemRef(ItemType.ILLUSTRATION, ill), json, JsonFields.child(path, "illustration")));
            Optional<LocalizedText> title = LocalizedFields.required(json, node, path, "title");
            Optional<LocalizedText> body = LocalizedFields.required(json, node, path, "body");
            Optional<ItemRef> example = example(json, node, path);
            if (id.isPresent() && illustration.isPresent() && title.isPresent() && body.isPresent()) {
                slides.add(new Slide(id.get(), illustration.get(), title.get(), body.get(), example));
            }
        }
        return slides;
    }

    private List<QuizQuestion> quiz(JsonFields json) {
        List<QuizQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> elements = json.array(json.root(), "$", "quiz", true, true);
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonFields.element("$.quiz", i);
            JsonNode node = elements.get(i);
            if (!json.isObject(node, path)) {
                continue;
            }
            json.allowOnly(
                    node, path, Set.of("id", "topic", "question", "options", "explanation", "illustration", "example"));
            Optional<String> id =
                    json.id(node, path, "id").filter(v -> json.unique(ids, v, JsonFields.child(path, "id")));
            Optional<Topic> topic = json.enumValue(node, path, "topic", Topic.class);
            Optional<LocalizedText> question = LocalizedFields.required(json, node, path, "question");
            List<QuizOption> options = options(json, node, path);
            Optional<LocalizedText> explanation = LocalizedFields.required(json, node, path, "explanation");
            Optional<String> illustration = json.optionalId(node, path, "illustration");
            illustration.ifPresent(ill -> context.references.add(
                    new ItemRef(ItemType.ILLUSTRATION, ill), json, JsonFields.child(path, "illustration")));
            Optional<ItemRef> example = example(json, node, path);
            if (id.isPresent() && topic.isPresent() && question.isPresent() && explanation.isPresent()) {
                questions.add(new QuizQuestion(
                        id.get(), topic.get(), question.get(), options, explanation.get(), illustration, example));
            }
        }
        return questions;
    }

    private static List<QuizOption> options(JsonFields json, JsonNode question, String questionPath) {
        List<QuizOption> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> elements = json.array(question, questionPath, "options", true, false);
        String path = JsonFields.child(questionPath, "options");
        if (question.hasNonNull("options") && (elements.size() < MIN_OPTIONS || elements.size() > MAX_OPTIONS)) {
            json.report(
                    path,
                    "a question needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, not " + elements.size());
        }
        int correct = 0;
        for (int i = 0; i < elements.size(); i++) {
            String optionPath = JsonFields.element(path, i);
            JsonNode node = elements.get(i);
            if (!json.isObject(node, optionPath)) {
                continue;
            }
            json.allowOnly(node, optionPath, Set.of("id", "text", "correct"));
            Optional<String> id = json.id(node, optionPath, "id")
                    .filter(v -> json.unique(ids, v, JsonFields.child(optionPath, "id")));
            Optional<LocalizedText> text = LocalizedFields.required(json, node, optionPath, "text");
            Optional<Boolean> isCorrect = json.bool(node, optionPath, "correct", false);
            correct += isCorrect.orElse(false) ? 1 : 0;
            if (id.isPresent() && text.isPresent() && isCorrect.isPresent()) {
                options.add(new QuizOption(id.get(), text.get(), isCorrect.get()));
            }
        }
        if (!elements.isEmpty() && correct != 1) {
            json.report(path, "exactly one option must be \"correct\": true, not " + correct);
        }
        return options;
    }

    private Optional<ItemRef> example(JsonFields json, JsonNode node, String path) {
        String examplePath = JsonFields.child(path, "example");
        return json.optionalText(node, path, "example").flatMap(text -> {
            Optional<ItemRef> ref =
                    ItemRef.parse(text).filter(r -> r.type() != ItemType.LESSON && r.type() != ItemType.ILLUSTRATION);
            if (ref.isEmpty()) {
                json.report(
                        examplePath,
                        "\"" + text
                                + "\" is not a reference such as emails/<id>, pages/<id>, terms/<id> or posts/<id>");
            }
            ref.ifPresent(r -> context.references.add(r, json, examplePath));
            return ref;
        });
    }
}
