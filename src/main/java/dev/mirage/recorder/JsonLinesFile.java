package dev.mirage.recorder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The events as JSON lines (events.jsonl in the data directory), appended, flushed at each commit. */
final class JsonLinesFile implements AutoCloseable {
    static final String FILE = "events.jsonl";
    private final OutputStream out;

    JsonLinesFile(Path dataDir) throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(dataDir.resolve(FILE),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), 1 << 16);
    }

    void append(byte[] json, int length) throws IOException {
        out.write(json, 0, length);
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
