package org.vecrl.core.plot;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vecrl.core.io.AtomicFiles;

/**
 * A PNG line chart with a title, axis labels and a legend: one line per named series. Used for the
 * bandit testbed figures, learning curves and tabular returns. Rendering is headless.
 */
public final class LineChart {

    /** One line: its legend name and points. */
    public record Series(String name, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values and " + y.length
                        + " y values: expected the same number");
            }
        }
    }

    /** Ten distinct line colours (matplotlib's tab10); XChart's default theme repeats similar hues. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };

    private final String title;
    private final String xLabel;
    private final String yLabel;
    /** A shaded area between two curves over the same x values (e.g. mean ± std across runs). */
    public record Band(String name, double[] x, double[] lower, double[] upper) {
        public Band {
            if (x.length != lower.length || x.length != upper.length) {
                throw new IllegalArgumentException("band '" + name + "' has " + x.length + " x, " + lower.length
                        + " lower and " + upper.length + " upper values: expected the same number");
            }
        }
    }

    private final List<Series> series = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private int width = 1000;
    private int height = 600;
    private boolean legendBelow;

    public LineChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a line. */
    public LineChart add(String name, double[] x, double[] y) {
        series.add(new Series(name, x, y));
        return this;
    }

    /** Adds a line with x = offset, offset + 1, ... */
    public LineChart add(String name, double[] y, double xOffset) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = xOffset + i;
        }
        return add(name, x, y);
    }

    /** Adds a translucent band between {@code lower} and {@code upper}, drawn under the lines. */
    public LineChart addBand(String name, double[] x, double[] lower, double[] upper) {
        bands.add(new Band(name, x, lower, upper));
        return this;
    }

    /** Sets the image size in pixels. */
    public LineChart size(int widthPx, int heightPx) {
        this.width = widthPx;
        this.height = heightPx;
        return this;
    }

    /** Puts the legend below the plot, one entry per line, instead of inside its lower right corner. */
    public LineChart legendBelow() {
        this.legendBelow = true;
        return this;
    }

    /** Renders the chart to a PNG file, written atomically. */
    public void savePng(Path file) {
        if (series.isEmpty() && bands.isEmpty()) {
            throw new IllegalStateException("chart '" + title + "' has no series to draw");
        }
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(title)
                .xAxisTitle(xLabel)
                .yAxisTitle(yLabel)
                .build();
        chart.getStyler()
                .setLegendPosition(legendBelow ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.InsideSE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        for (Band b : bands) {
            addBand(chart, b);
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
            xy.setMarker(SeriesMarkers.NONE);
            xy.setLineColor(PALETTE[i % PALETTE.length]);
        }
        byte[] png;
        try {
            png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart '" + title + "': " + e.getMessage(), e);
        }
        AtomicFiles.write(file, out -> out.write(png));
    }

    /** A band as a closed polygon: along the upper curve, then back along the lower one. */
    private static void addBand(XYChart chart, Band b) {
        int n = b.x().length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = b.x()[i];
            py[i] = b.upper()[i];
            px[2 * n - 1 - i] = b.x()[i];
            py[2 * n - 1 - i] = b.lower()[i];
        }
        XYSeries xy = chart.addSeries(b.name(), px, py);
        xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        xy.setMarker(SeriesMarkers.NONE);
        java.awt.Color base = chart.getStyler()
                .getSeriesColors()[
                (chart.getSeriesMap().size() - 1) % chart.getStyler().getSeriesColors().length];
        java.awt.Color fill = new java.awt.Color(base.getRed(), base.getGreen(), base.getBlue(), 60);
        xy.setFillColor(fill);
        xy.setLineColor(fill);
    }
}
