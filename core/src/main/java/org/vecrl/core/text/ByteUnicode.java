package org.vecrl.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * GPT-2's {@code bytes_to_unicode}: each byte as a printable, non-space character, so that BPE tokens are
 * strings. The bytes {@code !..~}, {@code ¡..¬} and {@code ®..ÿ} stand for themselves; the other 68 bytes, in
 * increasing order, become U+0100, U+0101, ... (space 0x20 becomes {@code Ġ} U+0120, newline {@code Ċ}).
 */
final class ByteUnicode {
    /** The characters of the bytes in GPT-2's order (the printable ones, then the rest); its byte-token ids. */
    static final char[] ORDER = new char[256];

    private static final char[] CHAR_OF_BYTE = new char[256];
    private static final int[] BYTE_OF_CHAR = new int[512];

    static {
        Arrays.fill(BYTE_OF_CHAR, -1);
        int index = 0;
        for (int b = 0; b < 256; b++) {
            if (printable(b)) {
                map(b, (char) b, index++);
            }
        }
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (!printable(b)) {
                map(b, (char) (256 + n++), index++);
            }
        }
    }

    private ByteUnicode() {}

    private static boolean printable(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    private static void map(int b, char c, int index) {
        CHAR_OF_BYTE[b] = c;
        BYTE_OF_CHAR[c] = b;
        ORDER[index] = c;
    }

    /** The UTF-8 bytes of {@code text}, each as its character. */
    static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = CHAR_OF_BYTE[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    /** The byte {@code c} stands for, or -1 if it stands for none. */
    static int byteOf(char c) {
        return c < BYTE_OF_CHAR.length ? BYTE_OF_CHAR[c] : -1;
    }

    /**
     * The text whose UTF-8 bytes the characters of {@code tokens} stand for; invalid UTF-8 (a character split
     * across tokens that were not all given) becomes U+FFFD, as GPT-2's {@code errors="replace"}.
     */
    static String decode(CharSequence tokens) {
        byte[] bytes = new byte[tokens.length()];
        for (int i = 0; i < bytes.length; i++) {
            int b = byteOf(tokens.charAt(i));
            if (b < 0) {
                throw new IllegalArgumentException("character '" + tokens.charAt(i) + "' (U+"
                        + String.format("%04X", (int) tokens.charAt(i)) + ") stands for no byte");
            }
            bytes[i] = (byte) b;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
