package id.ac.ugm.aicare.schema.lint;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way Flyway reads it (UTF-8), and says where it cannot: the
 * first NUL byte of a binary file, the first byte that is not UTF-8.
 */
final class SourceDecoder {

    /**
     * The decoded file.
     *
     * @param text          the text, with U+FFFD where bytes were not UTF-8; null for a binary file
     * @param problemLine   line of the first NUL or invalid byte, 0 when there is none
     * @param problemColumn its column in characters
     * @param binary        whether the problem is a NUL byte, i.e. not text at all
     */
    record Decoded(String text, int problemLine, int problemColumn, boolean binary) {
        boolean hasProblem() {
            return problemLine > 0;
        }
    }

    private SourceDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] position = position(bytes, start, i);
                return new Decoded(null, position[0], position[1], true);
            }
            ascii &= bytes[i] > 0;
        }
        if (ascii) {
            // Most migrations are plain ASCII, which is valid UTF-8 and needs no decoder.
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII), 0, 0, false);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            out.flip();
            return new Decoded(out.toString(), 0, 0, false);
        }
        int[] position = position(bytes, start, in.position());
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return new Decoded(lenient, position[0], position[1], false);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Line and column of byte {@code offset}, counting the valid text before it. */
    private static int[] position(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new int[] {line, before.length() + 1};
    }
}
