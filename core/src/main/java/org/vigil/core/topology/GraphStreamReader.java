package org.vigil.core.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceDGS;
import org.graphstream.util.parser.ParseException;

/**
 * Reads GraphML, GEXF and DGS with GraphStream's file sources, streaming their events into the
 * draft, and turns their errors into problems with the line where the source tells it.
 */
final class GraphStreamReader {

    /** How JDK and GraphStream XML errors begin: {@code ParseError at [row,col]:[3,5] Message: …}. */
    private static final Pattern XML_PREFIX =
            Pattern.compile("^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*");
    /**
     * How DGS errors read: {@code parse error at (3;2) : unknown directive 'xx'}, giving the line
     * breaks read so far and the column on the current line, which is 0 just after a line break.
     */
    private static final Pattern DGS_ERROR =
            Pattern.compile("parse error at \\((\\d+);(\\d+)\\) : (.*)", Pattern.DOTALL);

    private final TopologyFormat format;

    GraphStreamReader(TopologyFormat format) {
        if (format == TopologyFormat.EDGE_LIST) {
            throw new IllegalArgumentException("edge lists are read by EdgeListReader");
        }
        this.format = format;
    }

    void read(InputStream in, TopologyDraft draft, ProblemList problems) throws IOException {
        XmlEvents xml = new XmlEvents(format == TopologyFormat.GRAPHML);
        IntSupplier line = format == TopologyFormat.DGS ? () -> 0 : xml::elementLine;
        FileSource source = switch (format) {
            case GRAPHML -> new GraphmlSource(xml);
            case GEXF -> new GexfSource(xml);
            default -> new FileSourceDGS();
        };
        source.addSink(new GraphEvents(draft, line));
        try {
            if (format == TopologyFormat.DGS) {
                source.readAll(new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)));
            } else {
                source.readAll(in);
            }
        } catch (CharacterCodingException e) {
            problems.add(0, "", TopologyProblemCode.BAD_ENCODING, "UTF-8");
        } catch (IOException e) {
            if (e.getCause() instanceof XMLStreamException xmlError) {
                reportXml(xmlError, problems);
            } else if (e.getCause() instanceof ParseException dgsError) {
                reportDgs(dgsError, problems);
            } else {
                throw e;
            }
        } catch (RuntimeException e) {
            // GraphStream's parsers throw unchecked exceptions for some malformed values, such as
            // a GEXF colour or a DGS step that is not a number.
            problems.add(
                    line.getAsInt(),
                    "",
                    TopologyProblemCode.SYNTAX,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void reportXml(XMLStreamException e, ProblemList problems) {
        Location location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        problems.add(
                line,
                "",
                TopologyProblemCode.SYNTAX,
                XML_PREFIX.matcher(message).replaceFirst("").strip());
    }

    private static void reportDgs(ParseException e, ProblemList problems) {
        String message = String.valueOf(e.getMessage());
        Matcher matcher = DGS_ERROR.matcher(message);
        if (matcher.matches()) {
            int breaks = Integer.parseInt(matcher.group(1));
            // At column 0 the parser has just read the break ending the line at fault.
            int line = Integer.parseInt(matcher.group(2)) == 0 ? breaks : breaks + 1;
            problems.add(line, "", TopologyProblemCode.SYNTAX, matcher.group(3).strip());
        } else {
            problems.add(0, "", TopologyProblemCode.SYNTAX, message);
        }
    }
}
