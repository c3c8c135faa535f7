package org.vigil.visual.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.vigil.i18n.BundledFonts;

/**
 * The report's chart of a cascade: the impact over time (0–100 %) of the business services it
 * reaches, the most impacted first, at most {@link #MAX_LINES}. Each line has its own Okabe–Ito
 * colour, dash pattern and marker, named in a legend; axes carry translated captions and tick
 * labels. Drawn with Java2D into an image (no toolkit needed) in the bundled Noto Sans, so every
 * language's names show, and handed over as PNG bytes.
 *
 * <p>The time axis starts at the earliest cascade's minute 0 and runs until every line has
 * settled (or to the cascade's last horizon), so a cascade that is over in an hour is not squeezed
 * into the first pixels of three days.
 */
final class ImpactChartPicture {

    /** Lines drawn at most; the legend says how many more services the cascade reaches. */
    static final int MAX_LINES = ImpactLineStyle.DISTINCT;

    /** Pixels per unit of the layout below: the PDF shows the chart about a third as large, crisp. */
    static final double SCALE = 2.5;

    private static final int WIDTH = 640;
    private static final int LEFT = 72;
    private static final int RIGHT = 30;
    private static final int PLOT_TOP = 36;
    private static final int PLOT_HEIGHT = 240;
    private static final int PLOT_BOTTOM = PLOT_TOP + PLOT_HEIGHT;
    private static final int LEGEND_TOP = PLOT_BOTTOM + 46;
    private static final int LEGEND_ROW = 17;
    private static final int LEGEND_COLUMNS = 2;
    private static final int LEGEND_SAMPLE = 38;
    private static final int MARKERS = 6;
    private static final float TEXT_SIZE = 11;
    private static final float TITLE_SIZE = 13;
    /** A line counts as settled once no sample moves it by more than this. */
    private static final double SETTLED = 0.002;

    private static final int[] SPANS = {60, 120, 240, 480, 720, 1440, 2880, 4320, 10_080, 20_160, 43_200};
    private static final int[] STEPS = {5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 4320, 10_080};
    private static final int MAX_TICKS = 8;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color AXIS = new Color(0x595959);
    private static final Color INK = new Color(0x262626);

    private final BundledFonts fonts;
    private volatile Font regular;
    private volatile Font bold;

    ImpactChartPicture(BundledFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** The chart of the cascade with its translated caption; empty when it reaches no business service. */
    Optional<ReportPicture> picture(CascadeDigest cascade, ReportText text) {
        if (cascade.curves().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportPicture(text.get("report.chart.caption"), png(cascade.curves(), text)));
    }

    /** The chart of {@code curves} (the most impacted first) as PNG bytes. */
    byte[] png(List<ServiceImpactCurve> curves, ReportText text) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no business service to chart");
        }
        List<ServiceImpactCurve> shown = curves.subList(0, Math.min(MAX_LINES, curves.size()));
        Dimension size = size(curves.size());
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, size.width, size.height);
            g.scale(SCALE, SCALE);
            new Drawing(g, Frame.of(shown), text).draw(shown, curves.size() - shown.size());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The image's size in pixels for a cascade reaching {@code services} business services. */
    static Dimension size(int services) {
        return new Dimension(px(WIDTH), px(LEGEND_TOP + legendRows(services) * LEGEND_ROW + 8));
    }

    /** Where the lines are drawn, in pixels. */
    static Rectangle plotArea() {
        return new Rectangle(px(LEFT), px(PLOT_TOP), px(WIDTH - LEFT - RIGHT), px(PLOT_HEIGHT));
    }

    private static int legendRows(int services) {
        int shown = Math.min(MAX_LINES, services);
        return (shown + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS + (services > shown ? 1 : 0);
    }

    private static int px(double units) {
        return (int) Math.ceil(units * SCALE);
    }

    private Font font(boolean heavy) {
        if (regular == null) {
            synchronized (this) {
                if (regular == null) {
                    List<String> files = fonts.files();
                    bold = load(files.get(1));
                    regular = load(files.get(0));
                }
            }
        }
        return heavy ? bold : regular;
    }

    private Font load(String file) {
        try (InputStream in = fonts.open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + file + " is not TrueType", e);
        }
    }

    /**
     * The time the chart covers: from {@code origin} (the earliest cascade's minute 0), {@code span}
     * minutes; each curve starts {@code offsetMinutes(curve)} after the origin.
     */
    private record Frame(Instant origin, double span) {

        static Frame of(List<ServiceImpactCurve> curves) {
            Instant origin = curves.stream()
                    .map(ServiceImpactCurve::start)
                    .min(Instant::compareTo)
                    .orElseThrow();
            double full = 0;
            double settled = 0;
            for (ServiceImpactCurve curve : curves) {
                double offset = minutesBetween(origin, curve.start());
                full = Math.max(full, offset + curve.lengthMinutes());
                settled = Math.max(settled, offset + settledAfter(curve));
            }
            double span = full;
            for (int candidate : SPANS) {
                if (candidate >= settled * 1.15 && candidate < full) {
                    span = candidate;
                    break;
                }
            }
            return new Frame(origin, Math.max(span, 1));
        }

        double offsetMinutes(ServiceImpactCurve curve) {
            return minutesBetween(origin, curve.start());
        }

        /** The minute after the last sample that still moves the curve. */
        private static double settledAfter(ServiceImpactCurve curve) {
            List<Double> impacts = curve.impacts();
            for (int i = impacts.size() - 1; i > 0; i--) {
                if (Math.abs(impacts.get(i) - impacts.get(i - 1)) > SETTLED) {
                    return i * curve.stepMinutes();
                }
            }
            return 0;
        }

        private static double minutesBetween(Instant from, Instant to) {
            return Duration.between(from, to).toMillis() / 60_000.0;
        }
    }

    /** One chart being drawn, in layout units. */
    private final class Drawing {
        private final Graphics2D g;
        private final Frame frame;
        private final ReportText text;
        private final Font small;
        private final Font title;

        Drawing(Graphics2D g, Frame frame, ReportText text) {
            this.g = g;
            this.frame = frame;
            this.text = text;
            this.small = font(false).deriveFont(TEXT_SIZE);
            this.title = font(true).deriveFont(TITLE_SIZE);
        }

        void draw(List<ServiceImpactCurve> shown, int left) {
            g.setFont(title);
            g.setColor(INK);
            g.drawString(fitted(text.get("report.chart.title"), WIDTH - 2 * RIGHT), RIGHT, 22);
            g.setFont(small);
            impactAxis();
            timeAxis();
            Rectangle2D plot = new Rectangle2D.Double(LEFT, PLOT_TOP, WIDTH - LEFT - RIGHT, PLOT_HEIGHT);
            Shape clip = g.getClip();
            g.clip(new Rectangle2D.Double(
                    plot.getX() - 6, plot.getY() - 6, plot.getWidth() + 12, plot.getHeight() + 12));
            // The most impacted last, so it lies on top.
            for (int i = shown.size() - 1; i >= 0; i--) {
                line(shown.get(i), ImpactLineStyle.of(i), i);
            }
            g.setClip(clip);
            legend(shown, left);
        }

        private void impactAxis() {
            FontMetrics metrics = g.getFontMetrics();
            for (int percent = 0; percent <= 100; percent += 25) {
                double y = y(percent / 100.0);
                g.setColor(percent == 0 ? AXIS : GRID);
                g.setStroke(new BasicStroke(percent == 0 ? 1.2f : 0.8f));
                g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
                String label = text.percent(percent / 100.0);
                g.setColor(INK);
                g.drawString(label, (float) (LEFT - 6 - metrics.stringWidth(label)), (float)
                        (y + metrics.getAscent() / 2.0 - 1));
            }
            g.setColor(AXIS);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new Line2D.Double(LEFT, PLOT_TOP, LEFT, PLOT_BOTTOM));
            String caption = fitted(text.get("report.chart.impact"), PLOT_HEIGHT);
            AffineTransform before = g.getTransform();
            g.translate(8 + metrics.getAscent(), PLOT_TOP + (PLOT_HEIGHT + metrics.stringWidth(caption)) / 2.0);
            g.rotate(-Math.PI / 2);
            g.setColor(INK);
            g.drawString(caption, 0, 0);
            g.setTransform(before);
        }

        private void timeAxis() {
            FontMetrics metrics = g.getFontMetrics();
            int step = STEPS[STEPS.length - 1];
            for (int candidate : STEPS) {
                if (frame.span() / candidate <= MAX_TICKS) {
                    step = candidate;
                    break;
                }
            }
            for (long m = 0; m <= frame.span() + 1e-9; m += step) {
                double x = x(m);
                g.setColor(m == 0 ? AXIS : GRID);
                g.setStroke(new BasicStroke(m == 0 ? 1.2f : 0.8f));
                g.draw(new Line2D.Double(x, PLOT_TOP, x, PLOT_BOTTOM + (m == 0 ? 0 : 3)));
                String label = tick(m);
                g.setColor(INK);
                g.drawString(label, (float) (x - metrics.stringWidth(label) / 2.0), PLOT_BOTTOM + 15);
            }
            String caption = fitted(text.get("report.chart.minutes"), WIDTH - LEFT - RIGHT);
            double middle = LEFT + (WIDTH - LEFT - RIGHT) / 2.0;
            g.drawString(caption, (float) (middle - metrics.stringWidth(caption) / 2.0), PLOT_BOTTOM + 33);
        }

        /** "+30 min", "+4 h", "+2 d": whole hours as hours, whole days as days once ticks are days apart. */
        private String tick(long minutes) {
            if (minutes > 0 && minutes % 1440 == 0 && frame.span() > 2 * 1440) {
                return text.get("report.chart.tick.days", minutes / 1440);
            }
            if (minutes > 0 && minutes % 60 == 0) {
                return text.get("report.chart.tick.hours", minutes / 60);
            }
            return text.get("report.chart.tick.minutes", minutes);
        }

        private void line(ServiceImpactCurve curve, ImpactLineStyle style, int index) {
            double offset = frame.offsetMinutes(curve);
            Path2D.Double path = new Path2D.Double();
            List<Double> impacts = curve.impacts();
            boolean started = false;
            for (int i = 0; i < impacts.size(); i++) {
                double minute = offset + i * curve.stepMinutes();
                double x = x(minute);
                double y = y(impacts.get(i));
                if (started) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    started = true;
                }
                if (minute > frame.span()) {
                    break;
                }
            }
            style.stroke(g, 1.8f);
            g.draw(path);
            // Markers offset per line, so lines lying on one another still show every marker.
            for (int k = 0; k < MARKERS; k++) {
                double minute = frame.span() * (k + (index + 0.5) / MAX_LINES) / MARKERS;
                style.mark(g, x(minute), y(curve.impactAt(minute - offset)), 6.5);
            }
        }

        private void legend(List<ServiceImpactCurve> shown, int left) {
            FontMetrics metrics = g.getFontMetrics();
            double column = (WIDTH - 2.0 * RIGHT) / LEGEND_COLUMNS;
            for (int i = 0; i < shown.size(); i++) {
                double x = RIGHT + (i % LEGEND_COLUMNS) * column;
                double y = LEGEND_TOP + (i / LEGEND_COLUMNS) * LEGEND_ROW;
                ImpactLineStyle style = ImpactLineStyle.of(i);
                style.stroke(g, 1.8f);
                g.draw(new Line2D.Double(x, y, x + LEGEND_SAMPLE, y));
                style.mark(g, x + LEGEND_SAMPLE / 2.0, y, 6.5);
                g.setColor(INK);
                String name = fitted(shown.get(i).name(), column - LEGEND_SAMPLE - 14);
                g.drawString(name, (float) (x + LEGEND_SAMPLE + 6), (float) (y + metrics.getAscent() / 2.0 - 1));
            }
            if (left > 0) {
                double y = LEGEND_TOP + ((shown.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS) * LEGEND_ROW;
                g.setColor(INK);
                g.drawString(fitted(text.get("report.chart.more", left), WIDTH - 2 * RIGHT), RIGHT, (float)
                        (y + metrics.getAscent() / 2.0 - 1));
            }
        }

        /** The text, cut with an ellipsis to fit {@code width}. */
        private String fitted(String s, double width) {
            FontMetrics metrics = g.getFontMetrics();
            if (metrics.stringWidth(s) <= width) {
                return s;
            }
            String cut = s;
            while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut.strip() + "\u2026";
        }

        private double x(double minute) {
            return LEFT + minute / frame.span() * (WIDTH - LEFT - RIGHT);
        }

        private double y(double impact) {
            return PLOT_TOP + (1 - Math.max(0, Math.min(1, impact))) * PLOT_HEIGHT;
        }
    }
}
