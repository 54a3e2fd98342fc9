package dev.mirage.alert;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of an alert, shared by every channel: a subject in Specter's spirit
 * ({@code FTP connection (192.0.2.7) - Attempt 1/2 (FTP/Total)}), a short text for pagers, and a
 * detailed text for people at a desk. Subjects hold only our words, service names, an IP literal
 * and numbers: nothing an attacker typed ever reaches a header.
 */
public final class AlertText {
    /** A pager or phone shows about this much. */
    public static final int SHORT_MAX = 160;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AlertText() {
    }

    public static String subject(Alert a) {
        return switch (a.kind()) {
            case OPEN -> upper(a.service()) + " connection (" + a.sourceIp() + ") - Attempt " + a.attempt().service() + "/"
                    + a.attempt().total() + " (" + upper(a.service()) + "/Total)";
            case FOLLOW_UP -> "Follow-up (" + a.sourceIp() + ") - " + a.sessions() + " more session"
                    + (a.sessions() == 1 ? "" : "s") + " (" + serviceList(a) + ")";
            case HEARTBEAT -> "Sensor " + a.sensor() + " alive - up " + span(a.heartbeat().uptime()) + ", "
                    + a.heartbeat().listeners() + " listeners, " + a.heartbeat().events() + " events";
            case TEST -> "Test alert from sensor " + a.sensor();
        };
    }

    /** Subject and the most telling facts, at most 160 characters. */
    public static String shortText(Alert a) {
        StringBuilder b = new StringBuilder(subject(a));
        b.append(" ").append(a.severity().label());
        if (!a.credentials().isEmpty()) {
            b.append(" login ").append(a.credentials().getFirst());
        }
        return cut(b.toString(), SHORT_MAX);
    }

    /** One line: what syslog and chat messages carry. */
    public static String line(Alert a) {
        StringBuilder b = new StringBuilder(subject(a)).append("; severity ").append(a.severity().label())
                .append("; sensor ").append(a.sensor());
        if (!a.credentials().isEmpty()) {
            b.append("; credentials ").append(String.join(", ", a.credentials()));
        }
        return cut(b.toString(), 1024);
    }

    public static String detailed(Alert a) {
        StringBuilder b = new StringBuilder();
        b.append(subject(a)).append("\n\n");
        b.append("Sensor:    ").append(a.sensor()).append('\n');
        b.append("Time:      ").append(TIME.format(a.time())).append('\n');
        b.append("Severity:  ").append(a.severity().label()).append('\n');
        if (a.heartbeat() != null) {
            b.append("Uptime:    ").append(span(a.heartbeat().uptime())).append('\n');
            b.append("Listeners: ").append(a.heartbeat().listeners()).append(" up\n");
            b.append("Events:    ").append(a.heartbeat().events()).append(" since the last heartbeat\n");
            return b.toString();
        }
        // The reverse name is never looked up here: a DNS query would tell the attacker's resolver we noticed.
        b.append("Host:      ").append(a.sourceIp()).append(" (reverse name not looked up)\n");
        b.append("Service:   ").append(upper(a.service())).append('\n');
        if (a.attempt() != null) {
            b.append("Attempt:   ").append(a.attempt().service()).append('/').append(a.attempt().total())
                    .append(" (").append(upper(a.service())).append("/Total)\n");
        }
        b.append("Sessions:  ").append(a.sessions()).append(" (").append(serviceList(a)).append(")\n");
        if (!a.credentials().isEmpty()) {
            b.append("\nCredentials tried:\n");
            a.credentials().forEach(c -> b.append("  ").append(c).append('\n'));
        }
        if (!a.notes().isEmpty()) {
            b.append("\nWhat happened:\n");
            a.notes().forEach(n -> b.append("  ").append(n).append('\n'));
        }
        if (!a.transcript().isEmpty()) {
            b.append("\nTranscript (<< client, >> sensor; client bytes escaped):\n").append(a.transcript()).append('\n');
        }
        return b.toString();
    }

    static String serviceList(Alert a) {
        return a.services().stream().map(s -> upper(s.service()) + " " + s.sessions()).collect(Collectors.joining(", "));
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }

    static String span(Duration d) {
        long s = d.toSeconds();
        return s >= 86400 ? s / 86400 + "d" + (s % 86400) / 3600 + "h" : s >= 3600 ? s / 3600 + "h" + (s % 3600) / 60 + "m"
                : s >= 60 ? s / 60 + "m" + s % 60 + "s" : s + "s";
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
