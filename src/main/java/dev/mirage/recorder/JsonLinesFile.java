package dev.mirage.recorder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The events as JSON lines (events.jsonl in the data directory), appended, flushed at each commit.
 * Past maxSize the file is renamed events-TIME.jsonl (names sort by time) and a new one begun; the
 * oldest rotated files are deleted while all of them together pass maxTotal.
 */
final class JsonLinesFile implements AutoCloseable {
    static final String FILE = "events.jsonl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long maxSize;
    private final long maxTotal;
    private OutputStream out;
    private long size;
    private int rotations;

    JsonLinesFile(Path dataDir, long maxSize, long maxTotal) throws IOException {
        this.dir = dataDir;
        this.maxSize = maxSize;
        this.maxTotal = maxTotal;
        open();
    }

    private void open() throws IOException {
        Path file = dir.resolve(FILE);
        size = Files.exists(file) ? Files.size(file) : 0;
        out = new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), 1 << 16);
    }

    void append(byte[] json, int length) throws IOException {
        if (size > 0 && size + length + 1 > maxSize) {
            rotate();
        }
        out.write(json, 0, length);
        out.write('\n');
        size += length + 1;
    }

    private void rotate() throws IOException {
        out.close();
        String name = "events-" + STAMP.format(Instant.now()) + "-" + (rotations++) + ".jsonl";
        Files.move(dir.resolve(FILE), dir.resolve(name));
        open();
        prune();
    }

    /** Deletes the oldest rotated files while the rotated files and the current one pass maxTotal. */
    private void prune() throws IOException {
        List<Path> rotated;
        try (Stream<Path> files = Files.list(dir)) {
            rotated = files.filter(p -> p.getFileName().toString().matches("events-.*\\.jsonl")).sorted().toList();
        }
        long total = size;
        for (Path p : rotated) {
            total += Files.size(p);
        }
        for (Path p : rotated) {
            if (total <= maxTotal) {
                break;
            }
            total -= Files.size(p);
            Files.delete(p);
        }
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
