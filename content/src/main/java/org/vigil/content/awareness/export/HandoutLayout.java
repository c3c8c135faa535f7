package org.vigil.content.awareness.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets text on A4 pages from top to bottom: paragraphs wrapped at word boundaries to the text width,
 * a new page when one is full. Characters the font lacks (emoji in posts) are left out rather than
 * failing the handout.
 */
final class HandoutLayout implements AutoCloseable {

    static final float BODY = 10.5f;
    static final float SMALL = 9f;
    static final float HEADING = 17f;
    static final float TITLE = 13.5f;
    private static final float MARGIN = 56;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PdfText pdfText = new PdfText();
    private PDPageContentStream stream;
    private float y;

    HandoutLayout(HandoutFonts fonts) throws IOException {
        try (InputStream regularFont = fonts.regular().get();
                InputStream boldFont = fonts.bold().get()) {
            regular = PDType0Font.load(document, regularFont, true);
            bold = PDType0Font.load(document, boldFont, true);
        }
        newPage();
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    void paragraph(String text, PDFont font, float size) throws IOException {
        for (String paragraph : text.split("\\R", -1)) {
            List<String> lines = wrap(pdfText.printable(paragraph, font), font, size);
            for (String line : lines) {
                line(line, font, size);
            }
        }
    }

    /** Empty space, or a new page if there is not enough room left for what follows. */
    void gap(float points) throws IOException {
        y -= points;
        if (y < MARGIN + 3 * BODY * LEADING) {
            newPage();
        }
    }

    /** Starts the next item at the top of a page. */
    void pageBreak() throws IOException {
        newPage();
    }

    byte[] finish() throws IOException {
        stream.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void line(String line, PDFont font, float size) throws IOException {
        float height = size * LEADING;
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(line);
        stream.endText();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private List<String> wrap(String paragraph, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (PdfText.width(candidate, font, size) <= width()) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            // A word wider than the line (a long address) is cut where the line ends.
            String rest = word;
            while (PdfText.width(rest, font, size) > width()) {
                int cut = rest.length() - 1;
                while (cut > 1 && PdfText.width(rest.substring(0, cut), font, size) > width()) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }
}
