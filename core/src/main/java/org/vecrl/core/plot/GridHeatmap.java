package org.vecrl.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.vecrl.core.io.AtomicFiles;

/**
 * A PNG heatmap of one value per grid cell (state values of a grid world), with the value printed
 * in each cell, optional arrows (a policy) and text labels, a title and a colour legend. Cells
 * whose value is NaN are drawn grey without a number (walls, cells without a value). Drawn with
 * java.awt into a {@link BufferedImage}; headless.
 */
public final class GridHeatmap {
    private static final Color[] VIRIDIS = {
        new Color(68, 1, 84),
        new Color(59, 82, 139),
        new Color(33, 145, 140),
        new Color(94, 201, 98),
        new Color(253, 231, 37)
    };
    private static final Color BLANK = new Color(150, 150, 150);
    private static final int MARGIN = 24;
    private static final int TITLE_HEIGHT = 48;
    private static final int LEGEND_WIDTH = 110;
    private static final int MIN_LEGEND_HEIGHT = 160;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);

    private final String title;
    private final double[][] values;
    private final String[][] labels;
    private final int[][][] arrows;
    private String legendTitle = "value";

    /** A heatmap of {@code values[row][col]} (all rows the same length). */
    public GridHeatmap(String title, double[][] values) {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException(
                    "heatmap '" + title + "' has no cells: expected at least one row and column");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != values[0].length) {
                throw new IllegalArgumentException("heatmap row " + r + " has " + values[r].length + " cells: expected "
                        + values[0].length + " like row 0");
            }
        }
        this.title = title;
        this.values = values;
        this.labels = new String[values.length][values[0].length];
        this.arrows = new int[values.length][values[0].length][];
    }

    /** Writes {@code text} in the top-left corner of a cell (e.g. "G", "start"). */
    public GridHeatmap label(int row, int col, String text) {
        labels[row][col] = text;
        return this;
    }

    /** Draws an arrow in a cell pointing {@code dRow} down and {@code dCol} right (each −1, 0 or 1). */
    public GridHeatmap arrow(int row, int col, int dRow, int dCol) {
        arrows[row][col] = new int[] {dRow, dCol};
        return this;
    }

    /** The caption of the colour legend (default "value"). */
    public GridHeatmap legendTitle(String text) {
        this.legendTitle = text;
        return this;
    }

    /** Draws the heatmap. */
    public BufferedImage render() {
        System.setProperty("java.awt.headless", "true");
        int rows = values.length;
        int cols = values[0].length;
        int cell = Math.max(36, Math.min(110, 1000 / Math.max(cols, 1)));
        int width = Math.max(MARGIN * 2 + cols * cell + LEGEND_WIDTH, titleWidth() + MARGIN * 2);
        int height = TITLE_HEIGHT + Math.max(rows * cell, MIN_LEGEND_HEIGHT) + MARGIN * 2 + 20;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            double[] range = range();
            drawTitle(g, image.getWidth());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    drawCell(g, MARGIN + c * cell, TITLE_HEIGHT + r * cell, cell, r, c, range);
                }
            }
            drawLegend(g, MARGIN * 2 + cols * cell, TITLE_HEIGHT, Math.max(rows * cell, MIN_LEGEND_HEIGHT), range);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders the heatmap to a PNG file, written atomically. */
    public void savePng(Path file) {
        BufferedImage image = render();
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return new double[] {0, 1};
        }
        return max > min ? new double[] {min, max} : new double[] {min - 0.5, max + 0.5};
    }

    private int titleWidth() {
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return scratch.getFontMetrics(TITLE_FONT).stringWidth(title);
        } finally {
            scratch.dispose();
        }
    }

    private void drawTitle(Graphics2D g, int width) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE_FONT);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, Math.max(MARGIN, (width - fm.stringWidth(title)) / 2), TITLE_HEIGHT - 16);
    }

    private void drawCell(Graphics2D g, int x, int y, int size, int r, int c, double[] range) {
        double v = values[r][c];
        Color fill = Double.isNaN(v) ? BLANK : colour((v - range[0]) / (range[1] - range[0]));
        g.setColor(fill);
        g.fillRect(x, y, size, size);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.5f));
        g.drawRect(x, y, size, size);
        Color ink = luminance(fill) > 140 ? Color.BLACK : Color.WHITE;
        g.setColor(ink);
        if (labels[r][c] != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, size / 6)));
            g.drawString(labels[r][c], x + 4, y + g.getFontMetrics().getAscent() + 2);
        }
        if (arrows[r][c] != null) {
            drawArrow(g, x + size / 2.0, y + size * 0.42, arrows[r][c], size * 0.22);
        }
        if (!Double.isNaN(v)) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, size / 6)));
            String text = format(v);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(text, x + (size - fm.stringWidth(text)) / 2, y + size - 5);
        }
    }

    private static void drawArrow(Graphics2D g, double cx, double cy, int[] dir, double half) {
        double norm = Math.hypot(dir[0], dir[1]);
        if (norm == 0) {
            g.fillOval((int) (cx - half / 4), (int) (cy - half / 4), (int) (half / 2), (int) (half / 2));
            return;
        }
        double dx = dir[1] / norm;
        double dy = dir[0] / norm;
        double tipX = cx + dx * half;
        double tipY = cy + dy * half;
        g.setStroke(new BasicStroke((float) Math.max(2, half / 6)));
        g.drawLine((int) (cx - dx * half), (int) (cy - dy * half), (int) (tipX - dx * half * 0.4), (int)
                (tipY - dy * half * 0.4));
        double head = half * 0.6;
        Polygon p = new Polygon();
        p.addPoint((int) Math.round(tipX), (int) Math.round(tipY));
        p.addPoint((int) Math.round(tipX - dx * head - dy * head * 0.6), (int)
                Math.round(tipY - dy * head + dx * head * 0.6));
        p.addPoint((int) Math.round(tipX - dx * head + dy * head * 0.6), (int)
                Math.round(tipY - dy * head - dx * head * 0.6));
        g.fillPolygon(p);
    }

    private void drawLegend(Graphics2D g, int x, int y, int height, double[] range) {
        int barWidth = 22;
        for (int i = 0; i < height; i++) {
            g.setColor(colour(1.0 - (double) i / (height - 1)));
            g.fillRect(x, y + i, barWidth, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x, y, barWidth, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k <= 4; k++) {
            double v = range[1] - (range[1] - range[0]) * k / 4.0;
            int ty = y + (int) Math.round((height - 1) * k / 4.0);
            g.drawLine(x + barWidth, ty, x + barWidth + 4, ty);
            g.drawString(format(v), x + barWidth + 7, ty + fm.getAscent() / 2 - 1);
        }
        g.drawString(legendTitle, x, y + height + fm.getAscent() + 6);
    }

    private static String format(double v) {
        double abs = Math.abs(v);
        return abs != 0 && (abs >= 1e4 || abs < 1e-2)
                ? String.format(Locale.ROOT, "%.1e", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The viridis colour of {@code t} in [0, 1]. */
    static Color colour(double t) {
        double x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color(
                (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
