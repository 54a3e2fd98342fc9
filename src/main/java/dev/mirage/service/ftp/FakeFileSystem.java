package dev.mirage.service.ftp;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.TreeMap;

/**
 * The read-only file system an FTP client sees: a pure in-memory tree built from the profile.
 * Paths are normalised here ("..", ".", "//") and never reach the real disk. Directories named only
 * as parents of an entry exist implicitly, owned by root.
 */
public final class FakeFileSystem {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final LocalDateTime DEFAULT_DATE = LocalDateTime.of(2002, 4, 15, 11, 27);

    /**
     * A file or directory; {@code content} is null for a file that cannot be read; {@code decoy} is the
     * decoy format of a decoy password file, else null.
     */
    public record Node(String path, String name, boolean directory, String mode, String owner, String group,
                       long size, LocalDateTime date, byte[] content, String decoy, Map<String, Node> children) {
        /** Whether "other" may read it (the anonymous user is never owner or group). */
        public boolean readable() {
            return mode.length() >= 8 && mode.charAt(7) == 'r';
        }

        public int links() {
            if (!directory) {
                return 1;
            }
            int n = 2;
            for (Node c : children.values()) {
                if (c.directory) {
                    n++;
                }
            }
            return n;
        }
    }

    private final Node root;

    /** The tree of the entries; {@code decoys} gives the content of a decoy entry by its format name (null: none such). */
    public FakeFileSystem(List<FtpTexts.FileEntry> entries, Function<String, byte[]> decoys) {
        root = dir("/", "/", "drwxr-xr-x", "root", "root", DEFAULT_DATE);
        for (FtpTexts.FileEntry e : entries) {
            add(e, decoys);
        }
    }

    private static Node dir(String path, String name, String mode, String owner, String group, LocalDateTime date) {
        return new Node(path, name, true, mode, owner, group, 4096, date, null, null, new TreeMap<>());
    }

    private void add(FtpTexts.FileEntry e, Function<String, byte[]> decoys) {
        List<String> parts = split(e.path());
        if (parts.isEmpty()) {
            return;
        }
        Node parent = root;
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            p.append('/').append(parts.get(i));
            Node next = parent.children().get(parts.get(i));
            if (next == null) {
                next = dir(p.toString(), parts.get(i), "drwxr-xr-x", "root", "root", DEFAULT_DATE);
                parent.children().put(next.name(), next);
            }
            parent = next;
        }
        String name = parts.get(parts.size() - 1);
        String path = p + "/" + name;
        String mode = e.mode() == null ? "-rw-r--r--" : e.mode();
        String owner = e.owner() == null ? "root" : e.owner();
        String group = e.group() == null ? "root" : e.group();
        LocalDateTime date = parseDate(e.date());
        Node node;
        if (mode.startsWith("d")) {
            Node old = parent.children().get(name);
            node = new Node(path, name, true, mode, owner, group, e.size() == null ? 4096 : e.size(), date, null, null,
                    old != null && old.directory() ? old.children() : new TreeMap<>());
        } else {
            byte[] decoy = e.decoy() == null ? null : decoys.apply(e.decoy());
            if (e.decoy() != null && decoy == null) {
                return; // the profile offers no decoy of this format: no file rather than an empty one
            }
            byte[] content = decoy != null ? decoy : e.content() == null ? null : e.content().getBytes(StandardCharsets.UTF_8);
            long size = content != null ? content.length : e.size() == null ? 0 : e.size();
            node = new Node(path, name, false, mode, owner, group, size, date, content, e.decoy(), Map.of());
        }
        parent.children().put(name, node);
    }

    private static LocalDateTime parseDate(String s) {
        if (s == null) {
            return DEFAULT_DATE;
        }
        try {
            return LocalDateTime.parse(s.trim(), DATE);
        } catch (DateTimeParseException ex) {
            return DEFAULT_DATE;
        }
    }

    /** The absolute, normalised form of {@code arg} seen from {@code cwd}; ".." never climbs above "/". */
    public static String resolve(String cwd, String arg) {
        String a = arg == null ? "" : arg;
        if (a.equals("~") || a.startsWith("~/")) {
            a = "/" + a.substring(1);
        }
        Deque<String> stack = new ArrayDeque<>();
        if (!a.startsWith("/")) {
            stack.addAll(split(cwd));
        }
        for (String part : a.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                stack.pollLast();
            } else {
                stack.addLast(part);
            }
        }
        return stack.isEmpty() ? "/" : "/" + String.join("/", stack);
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return out;
    }

    /** The node at an absolute normalised path, or null. */
    public Node find(String absolute) {
        Node n = root;
        for (String part : split(absolute)) {
            if (!n.directory()) {
                return null;
            }
            n = n.children().get(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }
}
