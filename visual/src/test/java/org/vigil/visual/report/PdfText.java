package org.vigil.visual.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader's PDF tool finds in a report: each page's extracted text, images, metadata. */
record PdfText(List<String> pages, int images, String title) {

    static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            int images = 0;
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(document));
                PDPage page = document.getPage(n - 1);
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        images++;
                    }
                }
            }
            return new PdfText(pages, images, document.getDocumentInformation().getTitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages' text, runs of white space as one space. */
    String all() {
        return flat(String.join("\n", pages));
    }

    String page(int n) {
        return flat(pages.get(n - 1));
    }

    static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
