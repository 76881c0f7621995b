package org.vecrl.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridHeatmapTest {

    @Test
    void colourMapRunsFromDarkPurpleToYellow() {
        assertThat(GridHeatmap.colour(0)).isEqualTo(new Color(68, 1, 84));
        assertThat(GridHeatmap.colour(1)).isEqualTo(new Color(253, 231, 37));
        assertThat(GridHeatmap.colour(2)).isEqualTo(GridHeatmap.colour(1));
    }

    @Test
    void writesAPngWhoseCellsShowTheirValues(@TempDir Path dir) throws Exception {
        double[][] values = {{0.0, 1.0}, {Double.NaN, 0.5}};
        Path file = dir.resolve("v.png");
        new GridHeatmap("V", values)
                .arrow(0, 0, 0, 1)
                .label(0, 1, "G")
                .legendTitle("V(s)")
                .savePng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        int cell = 110;
        assertThat(new Color(image.getRGB(24 + 3, 48 + 3))).as("low value").isEqualTo(new Color(68, 1, 84));
        assertThat(new Color(image.getRGB(24 + cell + cell - 10, 48 + cell / 2)))
                .as("high value")
                .isEqualTo(new Color(253, 231, 37));
        assertThat(new Color(image.getRGB(24 + 10, 48 + cell + cell / 2)))
                .as("NaN cell")
                .isEqualTo(new Color(150, 150, 150));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void raggedValuesAreRejected() {
        assertThatThrownBy(() -> new GridHeatmap("t", new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1 has 1 cells");
    }
}
