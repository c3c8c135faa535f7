package org.vigil.core.correlate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.feed.JsonRecords;

/**
 * A JSON object flattened to dotted keys straight from its tokens, keeping only the fields a {@link
 * FieldDemand} asks for. Rules look at most events' raw records, and building a tree of everything
 * first cost more than matching the rules.
 *
 * <p>The result is what flattening the parsed tree gives, restricted to the demanded names: nested
 * objects join their keys with dots, an array gives its key (even when empty) and flattens each
 * element under that key, skipping nulls, and a {@code null} value gives a present key without
 * values. Numbers read as the tree would print them (floats as Java doubles). One difference: a key
 * repeated within one object keeps the values of every occurrence rather than only the last, so a
 * record cannot hide a value behind a duplicate key.
 */
final class FlattenedJson {

    private final JsonParser parser;
    private final Map<String, List<String>> out = new LinkedHashMap<>();
    private int budget;

    private FlattenedJson(JsonParser parser, int maxValues) {
        this.parser = parser;
        this.budget = maxValues;
    }

    /**
     * The demanded fields of the object, keeping at most {@code maxValues} values (reading stops
     * there); empty when the text does not start with a valid JSON object. What follows the object is
     * ignored, as when parsing the tree.
     */
    static Optional<Map<String, List<String>>> of(String text, int maxValues, FieldDemand demand) {
        try (JsonParser parser = JsonRecords.mapper().getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            FlattenedJson flattened = new FlattenedJson(parser, maxValues);
            flattened.object("", demand.root());
            return Optional.of(flattened.out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the object whose start was just read, under {@code node} of the demand (null: everything
     * below is demanded); false when the budget ran out and reading stopped.
     */
    private boolean object(String prefix, FieldDemand.Node node) throws IOException {
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            FieldDemand.Node child = node == null ? null : descend(node, name);
            if (node != null && child == null) {
                parser.skipChildren(); // nothing demanded below this key
                continue;
            }
            if (!value(token, prefix.isEmpty() ? name : prefix + "." + name, child)) {
                return false;
            }
        }
        return true;
    }

    /** The demand node for a key, which may itself hold dots; null when nothing demanded goes there. */
    private static FieldDemand.Node descend(FieldDemand.Node node, String key) {
        FieldDemand.Node child = node.child(key);
        if (child != null || key.indexOf('.') < 0) {
            return child;
        }
        FieldDemand.Node current = node;
        for (String segment : key.split("\\.", -1)) {
            current = current.child(segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private boolean value(JsonToken token, String key, FieldDemand.Node node) throws IOException {
        boolean wanted = node == null || node.wanted();
        switch (token) {
            case START_OBJECT:
                return object(key, node);
            case START_ARRAY:
                if (budget <= 0) {
                    return false;
                }
                if (wanted) {
                    out.computeIfAbsent(key, k -> new ArrayList<>());
                }
                JsonToken element;
                while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (element != JsonToken.VALUE_NULL && !value(element, key, node)) {
                        return false;
                    }
                }
                return true;
            case VALUE_NULL:
                if (budget <= 0) {
                    return false;
                }
                if (wanted) {
                    out.computeIfAbsent(key, k -> new ArrayList<>());
                }
                return true;
            default:
                if (budget <= 0) {
                    return false;
                }
                if (wanted) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(scalar(token));
                    budget--;
                }
                return true;
        }
    }

    private String scalar(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_FLOAT -> String.valueOf(parser.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> parser.getText();
        };
    }
}
