package org.vigil.core.topology;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import javax.xml.stream.util.EventReaderDelegate;

/**
 * The XML event stream GraphStream's GraphML and GEXF sources read, made fit for untrusted files:
 * <ul>
 *   <li>no DTDs and no external entities, so a file cannot make Vigil read other files;
 *   <li>comments, processing instructions and the document type left out, which GraphStream's
 *       parsers would otherwise reject as unexpected;
 *   <li>the line of the latest {@code node} or {@code edge} element kept, so that problems with its
 *       attributes can name the line.
 * </ul>
 * For GraphML it also declares every {@code key} as text: GraphStream gives a typed key's invented
 * default (0, false) for every element without data for it, which would be taken for real values,
 * and throws without a line on a malformed number. As text, missing data arrives blank (taken as
 * absent) and numbers are checked by Vigil.
 */
final class XmlEvents {

    private final boolean keysAsText;
    private int elementLine;

    XmlEvents(boolean keysAsText) {
        this.keysAsText = keysAsText;
    }

    XMLEventReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLEventReader filtered =
                factory.createFilteredReader(factory.createXMLEventReader(in), e -> switch (e.getEventType()) {
                    case XMLStreamConstants.COMMENT,
                            XMLStreamConstants.PROCESSING_INSTRUCTION,
                            XMLStreamConstants.DTD,
                            XMLStreamConstants.SPACE -> false;
                    default -> true;
                });
        return new Tracked(filtered);
    }

    /** The line of the latest node or edge element read, 0 before the first. */
    int elementLine() {
        return elementLine;
    }

    /** GraphStream reads through {@code nextEvent()} only. */
    private final class Tracked extends EventReaderDelegate {
        private final XMLEventFactory events = XMLEventFactory.newFactory();

        Tracked(XMLEventReader reader) {
            super(reader);
        }

        @Override
        public Object next() {
            try {
                return nextEvent();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public XMLEvent nextEvent() throws XMLStreamException {
            XMLEvent event = super.nextEvent();
            if (!event.isStartElement()) {
                return event;
            }
            StartElement start = event.asStartElement();
            String name = start.getName().getLocalPart();
            if ((name.equals("node") || name.equals("edge")) && start.getLocation() != null) {
                elementLine = start.getLocation().getLineNumber();
            }
            return keysAsText && name.equals("key") ? withoutType(start) : event;
        }

        private StartElement withoutType(StartElement key) {
            List<Attribute> attributes = new ArrayList<>();
            for (Iterator<Attribute> i = key.getAttributes(); i.hasNext(); ) {
                Attribute attribute = i.next();
                if (!attribute.getName().getLocalPart().equals("attr.type")) {
                    attributes.add(attribute);
                }
            }
            events.setLocation(key.getLocation()); // GraphStream's errors need one
            return events.createStartElement(key.getName(), attributes.iterator(), key.getNamespaces());
        }
    }
}
