package org.vigil.visual.content;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.vigil.content.awareness.Illustration;
import org.vigil.content.awareness.Language;

/**
 * Draws a library illustration with jsvg into pixels: plain Java2D, so it runs on any thread, and
 * the JavaFX view only copies the pixels into an image. The library's SVGs are checked to load
 * nothing from outside.
 */
public final class IllustrationRenderer {

    private final SVGLoader loader = new SVGLoader();

    /** The illustration {@code width} pixels wide, in its own proportions. */
    public RenderedIllustration render(Illustration illustration, Language language, int width) {
        SVGDocument document;
        synchronized (loader) {
            document = loader.load(
                    new ByteArrayInputStream(illustration.svg().getBytes(StandardCharsets.UTF_8)),
                    URI.create("about:blank"),
                    LoaderContext.createDefault());
        }
        if (document == null) {
            throw new UncheckedIOException(new java.io.IOException("cannot read " + illustration.path()));
        }
        float ratio = document.size().height / document.size().width;
        int height = Math.max(1, Math.round(width * ratio));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render((java.awt.Component) null, graphics, new ViewBox(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return new RenderedIllustration(
                illustration.id(), width, height, argb, illustration.alt().in(language));
    }
}
