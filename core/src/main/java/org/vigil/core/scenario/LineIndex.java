package org.vigil.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON paths ({@code $.assets[3].owner}) to the line they start on, so problems found in the
 * parsed tree can name a line. Built in one streaming pass: the tree itself keeps no locations.
 * Scenario files and the awareness content both use it.
 */
public final class LineIndex {

    private final Map<String, Integer> lines;

    private LineIndex(Map<String, Integer> lines) {
        this.lines = lines;
    }

    public static LineIndex of(byte[] json, JsonFactory factory) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                boolean opensContainer = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                JsonStreamContext owner = opensContainer ? context.getParent() : context;
                if (owner == null || owner.inRoot()) {
                    lines.putIfAbsent("$", parser.currentTokenLocation().getLineNr());
                } else if (owner.inArray() || token == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(
                            pathOf(owner), parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // The tree parse reports the syntax error; the lines read so far still help.
        }
        return new LineIndex(lines);
    }

    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        return context.getCurrentName() == null ? parent : parent + "." + context.getCurrentName();
    }

    /** The line of the path, or of its nearest enclosing path that was seen; 0 if none. */
    public int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault("$", 0);
            }
            p = p.substring(0, cut);
        }
    }
}
