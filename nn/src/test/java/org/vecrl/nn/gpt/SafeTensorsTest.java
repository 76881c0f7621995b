package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {
    @TempDir
    Path dir;

    /** A safetensors file with {@code header} and {@code data} as given. */
    private Path file(String header, byte[] data) throws Exception {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(8 + json.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(json.length).put(json).put(data);
        Path file = dir.resolve("t.safetensors");
        Files.write(file, buf.array());
        return file;
    }

    private static byte[] shorts(int... values) {
        ByteBuffer buf = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buf.putShort((short) v);
        }
        return buf.array();
    }

    @Test
    void writesASortedPaddedF32HeaderAndReadsItBack() throws Exception {
        Path file = dir.resolve("w.safetensors");
        Tensor b = new Tensor(new int[] {2, 3}, new float[] {1, -2, 3.5f, Float.MIN_VALUE, -0f, 1e30f});
        Tensor a = new Tensor(new int[] {1}, new float[] {42});
        SafeTensors.write(file, Map.of("b", b, "a", a), Map.of("format", "pt"));

        byte[] bytes = Files.readAllBytes(file);
        long headerLen =
                ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(headerLen % 8).isZero();
        assertThat(bytes).hasSize((int) (8 + headerLen + 4 * 7));
        assertThat(new String(bytes, 8, (int) headerLen, StandardCharsets.UTF_8).stripTrailing())
                .isEqualTo("{\"__metadata__\":{\"format\":\"pt\"},"
                        + "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                        + "\"b\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[4,28]}}");
        SafeTensors.Contents read = SafeTensors.read(file);
        assertThat(read.metadata()).isEqualTo(Map.of("format", "pt"));
        assertThat(read.tensors()).containsOnlyKeys("a", "b");
        assertThat(read.tensors().get("b").shape()).containsExactly(2, 3);
        assertThat(read.tensors().get("b").data()).isEqualTo(b.data());
        assertThat(read.tensors().get("a").data()).containsExactly(42f);
    }

    @Test
    void readsF16AndBf16AsFloat() throws Exception {
        Path file = file(
                "{\"h\":{\"dtype\":\"F16\",\"shape\":[6],\"data_offsets\":[0,12]},"
                        + "\"b\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[12,16]}}",
                concat(shorts(0x3c00, 0xc000, 0x7bff, 0x0001, 0x7c00, 0x8000), shorts(0x3f80, 0xc040)));
        Map<String, Tensor> t = SafeTensors.read(file).tensors();
        assertThat(t.get("h").data()).containsExactly(1f, -2f, 65504f, 0x1p-24f, Float.POSITIVE_INFINITY, -0f);
        assertThat(t.get("b").data()).containsExactly(1f, -3f);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void truncatedFilesNameTheFileAndTheFault() throws Exception {
        Path good = dir.resolve("good.safetensors");
        GptModel.random(new GptConfig(11, 4, 1, 1, 4), 1L).save(good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.safetensors");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> SafeTensors.read(cut))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(cut + ": truncated file")
                .hasMessageContaining("tensor wte.weight");
        Files.write(cut, Arrays.copyOf(bytes, 40));
        assertThatThrownBy(() -> SafeTensors.read(cut)).hasMessageStartingWith(cut + ": truncated file: header of");
        Files.write(cut, Arrays.copyOf(bytes, 5));
        assertThatThrownBy(() -> SafeTensors.read(cut))
                .hasMessage(cut + ": truncated file: 5 bytes, less than the 8-byte header length");
    }

    @Test
    void badHeadersOffsetsAndDtypesAreNamed() throws Exception {
        Path notJson = file("{\"a\": nope}", new byte[0]);
        assertThatThrownBy(() -> SafeTensors.read(notJson)).hasMessageStartingWith(notJson + ": bad header: ");
        Path offsets = file("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", new byte[12]);
        assertThatThrownBy(() -> SafeTensors.read(offsets))
                .hasMessage(offsets + ": offsets out of range: tensor a of 3 F32 elements needs 12 bytes,"
                        + " data_offsets [0, 8] give 8");
        Path backwards = file("{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,4]}}", new byte[12]);
        assertThatThrownBy(() -> SafeTensors.read(backwards))
                .hasMessage(backwards + ": offsets out of range: tensor a has data_offsets [8, 4]");
        Path dtype = file("{\"a\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}}", new byte[8]);
        assertThatThrownBy(() -> SafeTensors.read(dtype))
                .hasMessage(dtype + ": unsupported dtype I64 of tensor a (supported: F32, F16, BF16)");
        Path shape = file("{\"a\":{\"dtype\":\"F32\",\"shape\":\"x\",\"data_offsets\":[0,4]}}", new byte[4]);
        assertThatThrownBy(() -> SafeTensors.read(shape))
                .hasMessage(shape + ": bad header: shape of tensor a is x, expected a list of integers");
    }

    @Test
    void wrongShapeInAFileNamesTheTensor() throws Exception {
        Path file = dir.resolve("m.safetensors");
        GptModel.random(new GptConfig(11, 4, 1, 1, 4), 1L).save(file);
        assertThatThrownBy(() -> GptModel.load(file, new GptConfig(11, 4, 1, 1, 8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tensor wte.weight has the wrong shape: expected [11, 8], found [11, 4]");
    }
}
