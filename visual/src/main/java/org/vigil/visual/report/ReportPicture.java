package org.vigil.visual.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture for a report (a snapshot of the graph, a chart) as PNG bytes with its caption. The
 * caller snapshots on the UI thread; the report scales it to the page width, keeping its aspect.
 */
public record ReportPicture(String caption, byte[] png) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public ReportPicture {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(png, "png");
        png = png.clone();
    }

    /** Whether the bytes start like a PNG file; anything else is refused before a report is written. */
    public boolean looksLikePng() {
        return png.length > SIGNATURE.length && Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportPicture that && caption.equals(that.caption) && Arrays.equals(png, that.png);
    }

    @Override
    public int hashCode() {
        return 31 * caption.hashCode() + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "ReportPicture[" + caption + ", " + png.length + " bytes]";
    }
}
