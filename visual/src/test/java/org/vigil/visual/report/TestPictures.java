package org.vigil.visual.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real PNG pictures drawn with Java2D, standing in for the app's snapshots of the graph and charts. */
final class TestPictures {

    private TestPictures() {}

    static ReportPicture chart(String caption, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x0072B2));
        for (int i = 0; i < 10; i++) {
            int bar = (i + 1) * height / 12;
            g.fillRect(10 + i * (width - 20) / 10, height - bar, (width - 20) / 12, bar);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportPicture(caption, out.toByteArray());
    }
}
