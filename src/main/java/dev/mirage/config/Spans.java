package dev.mirage.config;

import java.time.Duration;
import java.util.Locale;

/** Reads time spans as written in config and on the command line: 500ms, 60s, 2m, 1h, 7d; a bare number is seconds. */
public final class Spans {
    private Spans() {
    }

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
        }
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        String num = Character.isLetter(last) ? t.substring(0, t.length() - 1).trim() : t;
        long n = Long.parseLong(num);
        if (n < 0) {
            throw new NumberFormatException("negative");
        }
        return switch (last) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            case 'w' -> Duration.ofDays(7 * n);
            default -> {
                if (Character.isLetter(last)) {
                    throw new NumberFormatException("unit " + last);
                }
                yield Duration.ofSeconds(n);
            }
        };
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        if (s != 0 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
