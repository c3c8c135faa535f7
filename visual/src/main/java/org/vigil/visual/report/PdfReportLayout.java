package org.vigil.visual.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vigil.content.awareness.export.PdfText;
import org.vigil.i18n.BundledFonts;

/**
 * Sets a report on A4 pages from top to bottom: headings, paragraphs and fields wrapped at word
 * boundaries, tables whose cells wrap and whose header repeats on each page, and pictures scaled to
 * the text width. The running header (title and generation time) and "page n of m" go on every page
 * once the page count is known. The bundled Noto Sans is embedded as a subset with its Unicode map,
 * so text in every language, Greek included, can be searched and copied; characters it lacks are
 * left out rather than failing the report.
 */
final class PdfReportLayout implements AutoCloseable {

    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final float HEADING = 12.5f;
    static final float TITLE = 17f;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float BAND = 22; // header and footer bands inside the margins
    private static final float TOP = PAGE.getHeight() - MARGIN - BAND;
    private static final float BOTTOM = MARGIN + BAND;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.3f;
    private static final float CELL_PADDING = 2.5f;
    private static final float RULE = 0.5f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PdfText pdfText = new PdfText();
    private PDPageContentStream stream;
    private float y;

    PdfReportLayout(BundledFonts fonts) throws IOException {
        List<String> files = fonts.files();
        try (InputStream regularFont = fonts.open(files.get(0));
                InputStream boldFont = fonts.open(files.get(1))) {
            regular = PDType0Font.load(document, regularFont, true);
            bold = PDType0Font.load(document, boldFont, true);
        }
        newPage();
    }

    void title(String text) throws IOException {
        paragraph(text, bold, TITLE);
        gap(4);
    }

    /** A section heading, moved to the next page rather than left alone at the bottom of one. */
    void heading(String text) throws IOException {
        if (y - 4 * HEADING * LEADING < BOTTOM) {
            newPage();
        } else {
            gap(8);
        }
        paragraph(text, bold, HEADING);
        gap(2);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular, BODY);
    }

    void small(String text) throws IOException {
        paragraph(text, regular, SMALL);
    }

    /** "Label: value", the label in bold, the value wrapping under the text width. */
    void field(String label, String value) throws IOException {
        String head = pdfText.printable(label + ":", bold);
        float indent = PdfText.width(head + " ", bold, BODY);
        List<String> lines = wrap(pdfText.printable(value, regular), regular, BODY, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            lineBreak(BODY);
            if (i == 0) {
                show(head, bold, BODY, MARGIN, y);
            }
            show(lines.get(i), regular, BODY, MARGIN + indent, y);
        }
    }

    void gap(float points) throws IOException {
        y -= points;
        if (y < BOTTOM + BODY * LEADING) {
            newPage();
        }
    }

    void table(PdfTable table) throws IOException {
        int columns = table.headers().size();
        float total =
                (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = WIDTH * table.widths().get(c) / total;
        }
        List<List<String>> header = cells(table.headers(), widths, bold);
        if (y - 3 * rowHeight(1) < BOTTOM) {
            newPage();
        }
        drawRow(header, widths, bold, 0, height(header));
        boolean freshPage = true;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = cells(row, widths, regular);
            int lines = height(cells);
            int done = 0;
            while (done < lines) {
                int fit = (int) Math.floor((y - BOTTOM - 2 * CELL_PADDING) / (SMALL * LEADING));
                int left = lines - done;
                boolean wouldFitOnANewPage = rowHeight(left) <= TOP - BOTTOM - rowHeight(height(header));
                if (fit < 1 || (fit < left && !freshPage && wouldFitOnANewPage)) {
                    newPage();
                    drawRow(header, widths, bold, 0, height(header));
                    freshPage = true;
                    continue;
                }
                int take = Math.min(fit, left);
                drawRow(cells, widths, regular, done, take);
                done += take;
                freshPage = false;
            }
        }
        gap(6);
    }

    /** The picture at the text width or its own size if smaller, never taller than a page, with its caption. */
    void picture(ReportPicture picture) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, picture.png(), picture.caption());
        // Screen snapshots are 96 pixels per inch; a PDF point is 1/72 inch.
        float width = Math.min(WIDTH, image.getWidth() * 0.75f);
        float height = width * image.getHeight() / image.getWidth();
        float maxHeight = TOP - BOTTOM - 3 * SMALL * LEADING;
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        if (y - height - 2 * SMALL * LEADING < BOTTOM) {
            newPage();
        }
        y -= height;
        stream.drawImage(image, MARGIN, y, width, height);
        gap(3);
        small(picture.caption());
        gap(6);
    }

    /**
     * Adds the running header and the page numbers and returns the document's bytes.
     *
     * @param generated when the report was made, at the right of the header (the title, at its left,
     *     is shortened if both do not fit)
     * @param pageLabel "page n of m" for n and m
     */
    byte[] finish(
            String title,
            String generated,
            Calendar created,
            String languageTag,
            BiFunction<Integer, Integer, String> pageLabel)
            throws IOException {
        stream.close();
        stream = null;
        int count = document.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream band =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float headerY = PAGE.getHeight() - MARGIN - SMALL;
                String right = pdfText.printable(generated, regular);
                float rightWidth = PdfText.width(right, regular, SMALL);
                String left = fitted(pdfText.printable(title, regular), regular, SMALL, WIDTH - rightWidth - 2 * BODY);
                show(band, left, regular, SMALL, MARGIN, headerY);
                show(band, right, regular, SMALL, MARGIN + WIDTH - rightWidth, headerY);
                band.setLineWidth(RULE);
                band.moveTo(MARGIN, headerY - 4);
                band.lineTo(MARGIN + WIDTH, headerY - 4);
                band.stroke();
                String number = pdfText.printable(pageLabel.apply(n, count), regular);
                float numberWidth = PdfText.width(number, regular, SMALL);
                show(band, number, regular, SMALL, MARGIN + (WIDTH - numberWidth) / 2, MARGIN);
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Vigil");
        info.setProducer("Vigil with Apache PDFBox");
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(languageTag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void paragraph(String text, PDFont font, float size) throws IOException {
        for (String line : wrap(pdfText.printable(text, font), font, size, WIDTH)) {
            lineBreak(size);
            show(line, font, size, MARGIN, y);
        }
    }

    private void lineBreak(float size) throws IOException {
        if (y - size * LEADING < BOTTOM) {
            newPage();
        }
        y -= size * LEADING;
    }

    private void drawRow(List<List<String>> cells, float[] widths, PDFont font, int from, int lines)
            throws IOException {
        float top = y;
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = cells.get(c);
            for (int l = from; l < Math.min(cell.size(), from + lines); l++) {
                float baseline = top - CELL_PADDING - SMALL - (l - from) * SMALL * LEADING;
                show(cell.get(l), font, SMALL, x + CELL_PADDING, baseline);
            }
            x += widths[c];
        }
        y = top - rowHeight(lines);
        stream.setLineWidth(font == bold ? 2 * RULE : RULE / 2);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + WIDTH, y);
        stream.stroke();
    }

    private static float rowHeight(int lines) {
        return lines * SMALL * LEADING + 2 * CELL_PADDING;
    }

    private static int height(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private List<List<String>> cells(List<String> row, float[] widths, PDFont font) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            List<String> lines = new ArrayList<>();
            for (String part : row.get(c).split("\\R", -1)) {
                lines.addAll(wrap(pdfText.printable(part, font), font, SMALL, widths[c] - 2 * CELL_PADDING));
            }
            cells.add(lines);
        }
        return cells;
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        show(stream, text, font, size, x, baseline);
    }

    private static void show(PDPageContentStream to, String text, PDFont font, float size, float x, float baseline)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        to.beginText();
        to.setFont(font, size);
        to.newLineAtOffset(x, baseline);
        to.showText(text);
        to.endText();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Lines of at most {@code width} points, broken between words; a word wider than a line is cut. */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (PdfText.width(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (rest.length() > 1 && PdfText.width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && PdfText.width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                cut = afterBreakCharacter(rest, cut);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    /** Where to cut a word too wide for its line: after the last / : . - ? & = before {@code cut}, if any. */
    private static int afterBreakCharacter(String word, int cut) {
        for (int i = cut - 1; i > cut / 2; i--) {
            if ("/:.-?&=_".indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return cut;
    }

    /** The text cut with an ellipsis to fit one line. */
    private static String fitted(String text, PDFont font, float size, float width) throws IOException {
        if (PdfText.width(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && PdfText.width(cut + "\u2026", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
