package dev.mirage.service.smtp;

import dev.mirage.net.Echo;
import dev.mirage.session.ServiceContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Where relayed mail ends up: data/smtp/messages, one file per message, never delivered. Each message
 * is capped at message-max (the first bytes are kept and hashed, the rest only counted) and all of
 * them together at evidence-max (past it a message is hashed and recorded but not kept). Shared by all
 * sessions of one listener; a disk error only stops the keeping, never the session.
 */
final class MessageStore {
    static final String KIND = "smtp-message";
    private static final int NAME_MAX = 256;
    private static final int HEADER_LINES_MAX = 1000;

    private final ServiceContext ctx;
    private final long messageMax;
    private final long evidenceMax;
    private final AtomicLong used = new AtomicLong(-1);

    MessageStore(ServiceContext ctx, long messageMax, long evidenceMax) {
        this.ctx = ctx;
        this.messageMax = messageMax;
        this.evidenceMax = evidenceMax;
    }

    /** What became of one message. */
    record Received(String name, long size, String sha256, String stored, boolean truncated, boolean tooBig) {
    }

    /** Starts a message; {@code base} names its file (session id and number, so names never collide). */
    Message open(String base) {
        return new Message(base);
    }

    private Path folder() throws IOException {
        Path p = ctx.folder("smtp").resolve("messages");
        Files.createDirectories(p);
        return p;
    }

    /** Reserves n bytes of evidence-max; false when they do not fit. Counts what earlier runs kept first. */
    private boolean reserve(long n) {
        if (used.get() < 0) {
            synchronized (this) {
                if (used.get() < 0) {
                    used.set(existing());
                }
            }
        }
        if (used.addAndGet(n) > evidenceMax) {
            used.addAndGet(-n);
            return false;
        }
        return true;
    }

    private long existing() {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** One message being received: lines go in, dot-unstuffed, and a {@link Received} comes out. */
    final class Message {
        private final String base;
        private final MessageDigest sha256;
        private OutputStream file;
        private Path part;
        private boolean keeping = true;
        private long reserved;
        private long kept;
        private long total;
        private boolean inHeaders = true;
        private int headerLines;
        private String messageId;
        private String subject;

        private Message(String base) {
            this.base = base;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** One line of the message text as received, without its line end (RFC 5321 section 4.5.2). */
        void line(byte[] raw, boolean terminated) {
            int skip = raw.length > 0 && raw[0] == '.' ? 1 : 0;
            header(raw, skip);
            add(raw, skip, raw.length - skip);
            if (terminated) {
                add(new byte[] {'\r', '\n'}, 0, 2);
            }
        }

        private void header(byte[] raw, int skip) {
            if (!inHeaders) {
                return;
            }
            if (raw.length == skip || ++headerLines > HEADER_LINES_MAX) {
                inHeaders = false;
                return;
            }
            String h = new String(raw, skip, raw.length - skip, StandardCharsets.UTF_8);
            String lower = h.toLowerCase(Locale.ROOT);
            if (messageId == null && lower.startsWith("message-id:")) {
                messageId = clean(h.substring("message-id:".length()));
            } else if (subject == null && lower.startsWith("subject:")) {
                subject = clean(h.substring("subject:".length()));
            }
        }

        private static String clean(String value) {
            String v = Echo.safe(value, NAME_MAX).strip();
            return v.isEmpty() ? null : v;
        }

        private void add(byte[] b, int off, int len) {
            total += len;
            int n = (int) Math.min(len, messageMax - kept);
            if (n <= 0) {
                return;
            }
            sha256.update(b, off, n);
            kept += n;
            if (keeping) {
                write(b, off, n);
            }
        }

        private void write(byte[] b, int off, int n) {
            if (!reserve(n)) {
                drop();
                return;
            }
            reserved += n;
            try {
                if (file == null) {
                    part = folder().resolve(base + ".part");
                    file = new BufferedOutputStream(Files.newOutputStream(part), 8192);
                }
                file.write(b, off, n);
            } catch (IOException e) {
                drop();
            }
        }

        /** Stops keeping this message: its file goes, its share of evidence-max comes back. */
        private void drop() {
            keeping = false;
            closeFile();
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // A stray .part file is all that is left; it is not counted as evidence.
                }
            }
            used.addAndGet(-reserved);
            reserved = 0;
        }

        private void closeFile() {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    keeping = false;
                }
                file = null;
            }
        }

        /** Ends the message; {@code complete} when the lone dot arrived. */
        Received finish(boolean complete) {
            String stored = null;
            if (keeping) {
                closeFile();
                try {
                    Path dir = folder();
                    Path target = dir.resolve(base + ".eml");
                    if (part == null) {
                        Files.write(target, new byte[0]);
                    } else {
                        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    stored = ctx.dataDir().relativize(target).toString().replace('\\', '/');
                } catch (IOException e) {
                    drop();
                }
            }
            String name = messageId != null ? messageId : subject;
            boolean tooBig = total > kept;
            return new Received(name, kept, HexFormat.of().formatHex(sha256.digest()), stored,
                    tooBig || !complete, tooBig);
        }
    }
}
