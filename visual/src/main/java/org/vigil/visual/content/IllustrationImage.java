package org.vigil.visual.content;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Shows a rendered illustration; its alt text is what screen readers say for it. */
final class IllustrationImage extends ImageView {

    IllustrationImage(double fitWidth) {
        getStyleClass().add("illustration");
        setPreserveRatio(true);
        setSmooth(true);
        setFitWidth(fitWidth);
        setFocusTraversable(false);
    }

    void show(RenderedIllustration illustration) {
        if (illustration == null) {
            setImage(null);
            setAccessibleText(null);
            return;
        }
        WritableImage image = new WritableImage(illustration.width(), illustration.height());
        image.getPixelWriter()
                .setPixels(
                        0,
                        0,
                        illustration.width(),
                        illustration.height(),
                        PixelFormat.getIntArgbInstance(),
                        illustration.argb(),
                        0,
                        illustration.width());
        setImage(image);
        setAccessibleText(illustration.alt());
    }
}
