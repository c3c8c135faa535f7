package org.vigil.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peer every ingest figure is compared with: Jackson's streaming parser over the whole file. */
final class RawParse {

    private RawParse() {}

    /** Counts the file's root-level JSON objects, visiting every token. */
    static long objects(Path eve) throws IOException {
        JsonFactory factory = new JsonFactory();
        long objects = 0;
        int depth = 0;
        try (InputStream in = Files.newInputStream(eve);
                JsonParser parser = factory.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (depth == 0 && token == JsonToken.START_OBJECT) {
                        objects++;
                    }
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        }
        return objects;
    }
}
