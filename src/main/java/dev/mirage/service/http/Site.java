package dev.mirage.service.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The web site: the custom pages folder when services.http.pages names one, else the profile's
 * default pages; the page behind auth-path is always there. Paths come in decoded and without dot
 * segments; a folder path is still resolved and checked against the folder's real path, so neither
 * ".." nor a symbolic link can leave it. Files named .ht* are refused, as the server's stock
 * configuration refused them.
 */
final class Site {
    private final HttpTexts texts;
    private final Path root;
    private final String authPath;
    private final long defaultMtime;

    /** What a path names. */
    sealed interface Resource permits Page, Dir, Missing, Forbidden {
    }

    /** A file: the profile's bytes or a file of the folder; {@code inode} is the hex the ETag shows. */
    record Page(String uri, byte[] bytes, Path file, long size, long mtime, String inode, String type)
            implements Resource {
    }

    /** A directory; {@code slash} says whether the request named it with its trailing slash. */
    record Dir(String uri, boolean slash) implements Resource {
    }

    record Missing() implements Resource {
    }

    record Forbidden() implements Resource {
    }

    /** root is the real path of the pages folder, or null for the profile's default pages. */
    Site(HttpTexts texts, Path root, String authPath, long defaultMtime) {
        this.texts = texts;
        this.root = root;
        this.authPath = authPath.endsWith("/") ? authPath : authPath + "/";
        this.defaultMtime = defaultMtime;
    }

    Resource lookup(String uri) {
        if (root != null) {
            Resource r = folder(uri);
            if (!(r instanceof Missing)) {
                return r;
            }
        }
        return builtIn(uri);
    }

    /** The directory's index page (DirectoryIndex), or null when it has none. */
    Page index(String dirUri) {
        for (String name : texts.directoryIndex()) {
            if (lookup(dirUri + name) instanceof Page p) {
                return p;
            }
        }
        return null;
    }

    private Resource builtIn(String uri) {
        if (root == null && uri.equals("/")) {
            return new Dir(uri, true);
        }
        if (root == null && uri.equals("/" + texts.directoryIndex().get(0))) {
            return page(uri, texts.indexPage());
        }
        String dir = authPath.substring(0, authPath.length() - 1);
        if (uri.equals(authPath) || uri.equals(dir)) {
            return new Dir(uri, uri.equals(authPath));
        }
        if (uri.equals(authPath + texts.directoryIndex().get(0))) {
            return page(uri, texts.authPage());
        }
        return new Missing();
    }

    private Page page(String uri, String html) {
        byte[] b = html.getBytes(StandardCharsets.ISO_8859_1);
        return new Page(uri, b, null, b.length, defaultMtime, texts.indexInode(), texts.textType());
    }

    private Resource folder(String uri) {
        if (!uri.startsWith("/")) {
            return new Missing();
        }
        // The decoded path holds the client's bytes; file names on disk are UTF-8.
        String rel = new String(uri.substring(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        if (rel.indexOf('\0') >= 0) {
            return new Missing();
        }
        for (String segment : rel.split("/")) {
            if (segment.startsWith(".ht")) {
                return new Forbidden();
            }
        }
        try {
            Path p = root.resolve(rel).normalize();
            if (!p.startsWith(root)) {
                return new Forbidden();
            }
            if (!Files.exists(p)) {
                return new Missing();
            }
            Path real = p.toRealPath();
            if (!real.startsWith(root)) {
                return new Forbidden();
            }
            if (Files.isDirectory(real)) {
                return new Dir(uri, uri.endsWith("/"));
            }
            if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
                return new Forbidden();
            }
            long mtime = Files.getLastModifiedTime(real).toMillis() / 1000;
            String inode = Integer.toHexString((rel.hashCode() & 0x7ffff) | 0x10000);
            return new Page(uri, null, real, Files.size(real), mtime, inode, type(real));
        } catch (InvalidPathException | IOException | SecurityException e) {
            return new Missing();
        }
    }

    private String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return texts.contentTypes().getOrDefault(ext, texts.defaultType());
    }
}
