package dev.mirage.sink.syslog;

import dev.mirage.Version;
import dev.mirage.alert.Alert;
import dev.mirage.alert.AlertText;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An alert as one syslog message: RFC 5424 with the facts as structured data (section 6.3), RFC
 * 3164 for old collectors, or ArcSight CEF inside an RFC 5424 header. No field can hold a line
 * break or control byte (attacker text is already escaped; we remove the rest), and SD values
 * escape '"', '\' and ']' (RFC 5424 section 6.3.3), so no input can split or forge a message.
 */
public final class SyslogFormat {
    /** Facility 4, security/authorization messages (RFC 5424 section 6.2.1). */
    private static final int FACILITY = 4;
    /** Enterprise number 32473 is reserved for documentation (RFC 5612); operators may map it as they like. */
    private static final String SD_ID = "alert@32473";
    private static final String APP = "mirage";
    private static final DateTimeFormatter RFC3164_TIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC5424_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SyslogFormat() {
    }

    public static byte[] format(String format, Alert a) {
        String text = switch (format) {
            case "rfc3164" -> rfc3164(a);
            case "cef" -> header(a) + " - " + cef(a);
            default -> rfc5424(a);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5424 section 6: HEADER SP STRUCTURED-DATA SP BOM MSG. */
    static String rfc5424(Alert a) {
        StringBuilder sd = new StringBuilder("[").append(SD_ID);
        param(sd, "kind", a.kind().name().toLowerCase(Locale.ROOT));
        param(sd, "severity", a.severity().label());
        param(sd, "sensor", a.sensor());
        if (a.sourceIp() != null) {
            param(sd, "src", a.sourceIp());
            param(sd, "service", a.service());
            param(sd, "sessions", String.valueOf(a.sessions()));
        }
        if (a.attempt() != null) {
            param(sd, "attempt", String.valueOf(a.attempt().service()));
            param(sd, "total", String.valueOf(a.attempt().total()));
        }
        if (!a.credentials().isEmpty()) {
            param(sd, "credentials", String.join(", ", a.credentials()));
        }
        if (a.heartbeat() != null) {
            param(sd, "uptime", String.valueOf(a.heartbeat().uptime().toSeconds()));
            param(sd, "listeners", String.valueOf(a.heartbeat().listeners()));
            param(sd, "events", String.valueOf(a.heartbeat().events()));
        }
        sd.append(']');
        return header(a) + " " + sd + " \uFEFF" + clean(AlertText.line(a));
    }

    private static String header(Alert a) {
        return "<" + pri(a) + ">1 " + RFC5424_TIME.format(a.time()) + " " + hostname(a.sensor()) + " " + APP + " - "
                + msgId(a);
    }

    /** RFC 3164 section 4.1: PRI TIMESTAMP HOSTNAME TAG: CONTENT. */
    static String rfc3164(Alert a) {
        return "<" + pri(a) + ">" + RFC3164_TIME.format(a.time()) + " " + hostname(a.sensor()) + " " + APP + ": "
                + clean(AlertText.line(a));
    }

    /** CEF:Version|Vendor|Product|Version|Signature|Name|Severity|Extension. */
    static String cef(Alert a) {
        int sev = switch (a.severity()) {
            case LOW -> 3;
            case MEDIUM -> 6;
            case HIGH -> 9;
        };
        StringBuilder ext = new StringBuilder();
        ext(ext, "rt", String.valueOf(a.time().toEpochMilli()));
        ext(ext, "dvchost", a.sensor());
        if (a.sourceIp() != null) {
            ext(ext, "src", a.sourceIp());
            ext(ext, "app", a.service());
            ext(ext, "cnt", String.valueOf(a.sessions()));
        }
        if (!a.credentials().isEmpty()) {
            ext(ext, "suser", String.join(", ", a.credentials()));
        }
        ext(ext, "msg", AlertText.line(a));
        return "CEF:0|Mirage|Mirage|" + cefHeader(Version.get()) + "|" + msgId(a) + "|" + cefHeader(AlertText.subject(a))
                + "|" + sev + "|" + ext.toString().trim();
    }

    private static int pri(Alert a) {
        int severity = switch (a.kind()) {
            case HEARTBEAT -> 6;
            case TEST -> 5;
            default -> switch (a.severity()) {
                case LOW -> 5;
                case MEDIUM -> 4;
                case HIGH -> 1;
            };
        };
        return FACILITY * 8 + severity;
    }

    private static String msgId(Alert a) {
        return switch (a.kind()) {
            case OPEN -> "incident";
            case FOLLOW_UP -> "follow-up";
            case HEARTBEAT -> "heartbeat";
            case TEST -> "test";
        };
    }

    /** HOSTNAME is 1 to 255 printable US-ASCII characters without space (RFC 5424 section 6.2.4). */
    static String hostname(String sensor) {
        StringBuilder b = new StringBuilder();
        sensor.chars().filter(c -> c > 32 && c < 127).limit(255).forEach(c -> b.append((char) c));
        return b.isEmpty() ? "-" : b.toString();
    }

    private static void param(StringBuilder sd, String name, String value) {
        sd.append(' ').append(name).append("=\"");
        clean(value == null ? "" : value).chars().forEach(c -> {
            if (c == '"' || c == '\\' || c == ']') {
                sd.append('\\');
            }
            sd.append((char) c);
        });
        sd.append('"');
    }

    private static void ext(StringBuilder b, String key, String value) {
        b.append(key).append('=');
        clean(value == null ? "" : value).chars().forEach(c -> {
            if (c == '\\' || c == '=') {
                b.append('\\');
            }
            b.append((char) c);
        });
        b.append(' ');
    }

    private static String cefHeader(String s) {
        return clean(s).replace("\\", "\\\\").replace("|", "\\|");
    }

    /** Removes what could end or forge a frame: every control character becomes a space. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return b.toString();
    }
}
