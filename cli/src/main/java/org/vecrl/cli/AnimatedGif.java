package org.vecrl.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes frames into a looping animated GIF with the JDK's GIF writer (frame delay and the
 * NETSCAPE2.0 loop extension set through its metadata tree; no extra dependency).
 */
final class AnimatedGif implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path file;
    private final OutputStream raw;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private final int delayCentiseconds;
    private int frames;

    /** Opens {@code file}; frames are shown {@code 100 / fps} centiseconds each. */
    AnimatedGif(Path file, int fps) {
        this.file = file;
        this.delayCentiseconds = Math.max(1, Math.round(100f / fps));
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            this.raw = Files.newOutputStream(file);
            this.out = ImageIO.createImageOutputStream(raw);
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write GIF " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one frame. */
    void add(BufferedImage frame) {
        if (frame == null) {
            throw new IllegalStateException("the environment rendered no rgb_array frame for " + file);
        }
        try {
            writer.writeToSequence(new IIOImage(frame, null, metadata(frame)), null);
            frames++;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write GIF frame " + frames + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Frames written so far. */
    int frames() {
        return frames;
    }

    private IIOMetadata metadata(BufferedImage frame) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        gce.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(FORMAT, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() {
        try {
            writer.endWriteSequence();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("cannot finish GIF " + file + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
            try {
                out.close();
                raw.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close GIF " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
