package org.vecrl.core.envs.classic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * An off-screen RGB image with a white background and the origin at the bottom left, y pointing up
 * (the coordinates Gymnasium's pygame renderers draw in before flipping). Uses only a
 * {@link Graphics2D} on a {@link BufferedImage}, so it works headless.
 */
final class Canvas {
    private final BufferedImage image;
    private final Graphics2D g;

    Canvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(0, height);
        g.scale(1, -1);
    }

    /** Fills the polygon with corners (xy[0], xy[1]), (xy[2], xy[3]), ... */
    void polygon(Color color, double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            p.lineTo(xy[k], xy[k + 1]);
        }
        p.closePath();
        g.setColor(color);
        g.fill(p);
    }

    /**
     * Fills the rectangle [l, r] x [b, t] rotated counter-clockwise by {@code angle} radians about
     * the origin and then moved by (dx, dy), as pygame's {@code Vector2.rotate_rad}.
     */
    void rotatedBox(Color color, double l, double r, double t, double b, double angle, double dx, double dy) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] corners = {l, b, l, t, r, t, r, b};
        double[] xy = new double[8];
        for (int k = 0; k < 8; k += 2) {
            xy[k] = corners[k] * c - corners[k + 1] * s + dx;
            xy[k + 1] = corners[k] * s + corners[k + 1] * c + dy;
        }
        polygon(color, xy);
    }

    /** Fills a disc. */
    void disc(Color color, double x, double y, double radius) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    /** Draws a one-pixel line. */
    void line(Color color, double x1, double y1, double x2, double y2) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /** Draws an open polyline through the points (xs[k], ys[k]). */
    void polyline(Color color, double[] xs, double[] ys) {
        for (int k = 1; k < xs.length; k++) {
            line(color, xs[k - 1], ys[k - 1], xs[k], ys[k]);
        }
    }

    /** Finishes drawing and returns the image. */
    BufferedImage image() {
        g.dispose();
        return image;
    }
}
