package org.vigil.core.correlate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.feed.KnownFieldNames;
import org.vigil.core.feed.StrictJsonTokens;

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
 *
 * <p>Records are read with {@link StrictJsonTokens} (several times cheaper than Jackson over a
 * string); what that reader leaves to Jackson is read again with Jackson, from the start, so the
 * result is always Jackson's.
 */
final class FlattenedJson {

    /** A key that nothing below {@code node} demands, which the strict reader needs no string for. */
    private static final String NOT_DEMANDED = new String("(not demanded)");

    private final Tokens parser;
    private final Map<String, List<String>> out = new LinkedHashMap<>();
    private int budget;

    private FlattenedJson(Tokens parser, int maxValues) {
        this.parser = parser;
        this.budget = maxValues;
    }

    /**
     * The demanded fields of the object, keeping at most {@code maxValues} values (reading stops
     * there); empty when the text does not start with a valid JSON object. What follows the object is
     * ignored, as when parsing the tree.
     */
    static Optional<Map<String, List<String>>> of(String text, int maxValues, FieldDemand demand) {
        try {
            FlattenedJson flattened = new FlattenedJson(new StrictTokens(StrictJsonTokens.ofObject(text)), maxValues);
            flattened.object("", demand.root());
            return Optional.of(flattened.out);
        } catch (StrictJsonTokens.NotRead e) {
            return withJackson(text, maxValues, demand);
        }
    }

    /** Jackson alone: what the strict reader must always agree with (package-private for tests). */
    static Optional<Map<String, List<String>>> withJackson(String text, int maxValues, FieldDemand demand) {
        try (JsonParser parser = JsonRecords.mapper().getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            FlattenedJson flattened = new FlattenedJson(new JacksonTokens(parser), maxValues);
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
    private boolean object(String prefix, FieldDemand.Node node) {
        String name;
        while ((name = parser.nextFieldName(node)) != null) {
            JsonToken token = parser.nextToken();
            if (name == NOT_DEMANDED) { // NOPMD: the marker itself, not any key spelt alike
                parser.skipChildren(token);
                continue;
            }
            FieldDemand.Node child = node == null ? null : descend(node, name);
            if (node != null && child == null) {
                parser.skipChildren(token); // nothing demanded below this key
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

    private boolean value(JsonToken token, String key, FieldDemand.Node node) {
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
                while ((element = parser.nextElement()) != JsonToken.END_ARRAY) {
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
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(parser.scalar(token));
                    budget--;
                }
                return true;
        }
    }

    /** The tokens flattening reads, from either reader. */
    private interface Tokens {
        /**
         * The next key, null at the object's end, or {@link #NOT_DEMANDED} for a key nothing below
         * {@code node} (null: everything) can demand.
         */
        String nextFieldName(FieldDemand.Node node);

        JsonToken nextToken();

        JsonToken nextElement();

        void skipChildren(JsonToken token);

        /** A scalar's text as the tree would print it (floats as Java doubles). */
        String scalar(JsonToken token);
    }

    private record StrictTokens(StrictJsonTokens tokens) implements Tokens {
        /**
         * Demanded names are found in place, without a string per key: most keys of a record are
         * demanded by no rule. A key in another case, or holding dots, goes the general way.
         */
        @Override
        public String nextFieldName(FieldDemand.Node node) {
            if (node == null) {
                return tokens.nextFieldName();
            }
            String name = tokens.nextFieldName(node.names());
            if (name != KnownFieldNames.OTHER) { // NOPMD: the marker itself
                return name;
            }
            return tokens.currentNameMayHaveDotOrCapital() ? tokens.currentName() : NOT_DEMANDED;
        }

        @Override
        public JsonToken nextToken() {
            return tokens.nextToken();
        }

        @Override
        public JsonToken nextElement() {
            return tokens.nextElement();
        }

        @Override
        public void skipChildren(JsonToken token) {
            tokens.skipChildren(token);
        }

        @Override
        public String scalar(JsonToken token) {
            return switch (token) {
                case VALUE_NUMBER_FLOAT -> String.valueOf(Double.parseDouble(tokens.getNumberText()));
                case VALUE_NUMBER_INT -> tokens.getNumberText();
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                default -> tokens.getText();
            };
        }
    }

    private record JacksonTokens(JsonParser parser) implements Tokens {
        @Override
        public String nextFieldName(FieldDemand.Node node) {
            try {
                return parser.nextFieldName();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public JsonToken nextToken() {
            try {
                return parser.nextToken();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public JsonToken nextElement() {
            return nextToken();
        }

        @Override
        public void skipChildren(JsonToken token) {
            try {
                parser.skipChildren();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String scalar(JsonToken token) {
            try {
                return switch (token) {
                    case VALUE_NUMBER_FLOAT -> String.valueOf(parser.getDoubleValue());
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    default -> parser.getText();
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
