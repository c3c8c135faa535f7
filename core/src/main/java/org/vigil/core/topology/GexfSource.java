package org.vigil.core.topology;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import org.graphstream.stream.file.FileSourceGEXF;

/**
 * GraphStream's GEXF source reading through {@link XmlEvents}, leniently (a value for an
 * attribute the file does not declare is logged by GraphStream and skipped rather than fatal).
 */
final class GexfSource extends FileSourceGEXF {

    private final XmlEvents events;

    GexfSource(XmlEvents events) {
        this.events = events;
        setStrictMode(false);
    }

    /** Reads the whole document, sending its events to the sinks; the stream is the caller's to close. */
    @Override
    public void readAll(InputStream stream) throws IOException {
        // As FileSourceXML.openStream, but on the hardened event stream; reading the root
        // element reads the whole graph.
        try {
            reader = events.open(stream);
            checkValid(getNextEvent(), START_DOCUMENT, null);
            afterStartDocument();
            beforeEndDocument();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            reader = null;
        }
    }
}
