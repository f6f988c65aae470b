package id.ac.ugm.aicare.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lines of a growing log file from a byte offset on, read through a buffer, each with the
 * offset just past it. {@code RandomAccessFile.readLine} would do the same with one system call
 * per byte, which made reading a suite's statement log the slowest part of some tests.
 */
final class LogLines implements Closeable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream input;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    private long offset;

    private LogLines(InputStream input, long offset) {
        this.input = input;
        this.offset = offset;
    }

    static LogLines from(Path file, long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return new LogLines(new BufferedInputStream(Channels.newInputStream(channel), BUFFER_BYTES), offset);
    }

    /**
     * The next line (UTF-8, without its line feed), or null at the end of the file. A last line the
     * server has not finished writing is returned as it stands, as {@code readLine} would.
     */
    String next() throws IOException {
        line.reset();
        int read;
        while ((read = input.read()) != -1) {
            offset++;
            if (read == '\n') {
                return text();
            }
            line.write(read);
        }
        return line.size() == 0 ? null : text();
    }

    /** The offset just past the last line {@link #next} returned. */
    long offset() {
        return offset;
    }

    private String text() {
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
