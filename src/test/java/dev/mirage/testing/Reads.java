package dev.mirage.testing;

import java.io.IOException;
import java.io.InputStream;

/** Reading a server's bytes in tests, one byte at a time into what has been seen so far (ISO-8859-1 as chars). */
public final class Reads {
    private Reads() {
    }

    /** Reads until the marker appears in what arrives after this call; the whole seen text. */
    public static String until(InputStream in, StringBuilder seen, String marker) throws IOException {
        int from = seen.length();
        while (seen.indexOf(marker, from) < 0) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before '" + marker + "'; got: " + seen);
            }
            seen.append((char) b);
        }
        return seen.toString();
    }

    /** Reads until the server closes (a reset after the hang-up ends it just as well); the whole seen text. */
    public static String toEnd(InputStream in, StringBuilder seen) {
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                seen.append((char) b);
            }
        } catch (IOException closed) {
            // The dialogue is over either way.
        }
        return seen.toString();
    }
}
