package dev.mirage.config;

import java.util.Locale;

/** A size in bytes, written in config as 4096, 2KiB, 1MiB, 1GiB (KB/MB/GB are read as powers of 1024 too). */
public record ByteSize(long bytes) {
    public static ByteSize parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        String[][] units = {{"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"},
            {"kb", "1024"}, {"mb", "1048576"}, {"gb", "1073741824"}, {"k", "1024"}, {"m", "1048576"},
            {"g", "1073741824"}, {"b", "1"}};
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                t = t.substring(0, t.length() - u[0].length());
                break;
            }
        }
        long n = Long.parseLong(t);
        if (n < 0) {
            throw new NumberFormatException("negative");
        }
        return new ByteSize(Math.multiplyExact(n, unit));
    }

    public int asInt() {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    @Override
    public String toString() {
        if (bytes != 0 && bytes % 1048576 == 0) {
            return bytes / 1048576 + "MiB";
        }
        if (bytes != 0 && bytes % 1024 == 0) {
            return bytes / 1024 + "KiB";
        }
        return Long.toString(bytes);
    }
}
