package dev.mirage.service.pop3;

import dev.mirage.config.MirageConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Turns the decoy mails of an account (from, to, subject, date, body) into RFC 5322 messages as a
 * 2002 Sendmail would have delivered them: Received (from the profile), Date, From, To, Subject,
 * Message-ID. Everything derived (queue id, relay address, UIDs) is a pure function of the mail,
 * so the same mailbox looks the same on every visit.
 */
public final class MailFormat {
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.US);
    private static final String BASE60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx";

    private final Pop3Texts.MailLook look;
    private final String host;
    private final ZoneId zone;

    public MailFormat(Pop3Texts.MailLook look, String host) {
        this.look = look;
        this.host = host;
        this.zone = zoneOf(look.timeZone());
    }

    /** The account's mails as messages; UIDs in ipop3d's form (UID validity, then UID, in hex). */
    public List<Message> messages(MirageConfig.Account account, Instant now) {
        List<MirageConfig.Mail> mails = account.mails();
        long validity = 0x3c000000L + (crc(account.user()) & 0xffffffL);
        List<Message> out = new ArrayList<>(mails.size());
        for (int i = 0; i < mails.size(); i++) {
            MirageConfig.Mail m = mails.get(i);
            ZonedDateTime fallback = now.atZone(zone).minusDays(mails.size() - i).truncatedTo(ChronoUnit.SECONDS);
            out.add(message(m, fallback, String.format(Locale.ROOT, "%08x%08x", validity, i + 1)));
        }
        return out;
    }

    private Message message(MirageConfig.Mail m, ZonedDateTime fallback, String uid) {
        String from = text(m.from());
        String to = text(m.to());
        ZonedDateTime date = parse(m.date(), fallback);
        long seed = crc(from + "\n" + to + "\n" + text(m.subject()) + "\n" + date);
        ZonedDateTime received = date.plusSeconds(2 + seed % 58);
        String queueId = queueId(received, seed);
        String fromDomain = domain(from);
        List<String> header = new ArrayList<>();
        for (String r : look.received()) {
            header.add(Pop3Texts.fill(r, "from-domain", fromDomain, "relay-ip", relayIp(seed), "host", host,
                    "queue-id", queueId, "to-address", address(to), "received-date", RFC822.format(received)));
        }
        header.add("Date: " + RFC822.format(date));
        header.add("From: " + from);
        header.add("To: " + to);
        header.add("Subject: " + text(m.subject()));
        header.add("Message-ID: " + Pop3Texts.fill(look.messageId(), "stamp", STAMP.format(date), "queue-id", queueId,
                "from-domain", fromDomain));
        return new Message(header, bodyLines(m.body()), uid);
    }

    /** Sendmail 8.11 queue ids: year, month, day, hour, minute, second in base 60, then a process id. */
    static String queueId(ZonedDateTime t, long seed) {
        return "" + BASE60.charAt((t.getYear() - 1900) % 60) + BASE60.charAt(t.getMonthValue() - 1)
                + BASE60.charAt(t.getDayOfMonth()) + BASE60.charAt(t.getHour()) + BASE60.charAt(t.getMinute())
                + BASE60.charAt(t.getSecond()) + String.format(Locale.ROOT, "%05d", 1000 + seed % 30000);
    }

    private ZonedDateTime parse(String s, ZonedDateTime fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        String t = s.trim();
        try {
            return ZonedDateTime.parse(t, RFC822);
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return ZonedDateTime.parse(t);
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone);
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return LocalDate.parse(t).atTime(9, 0).atZone(zone);
        } catch (DateTimeParseException ignored) {
            return fallback;
        }
    }

    private static List<String> bodyLines(String body) {
        List<String> lines = new ArrayList<>(List.of((body == null ? "" : body).split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /** A header value from config on one line. */
    private static String text(String s) {
        return s == null ? "" : s.replaceAll("[\r\n]+", " ");
    }

    private static String address(String s) {
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        return lt >= 0 && gt > lt ? s.substring(lt + 1, gt).trim() : s.trim();
    }

    private String domain(String from) {
        String a = address(from);
        int at = a.lastIndexOf('@');
        String d = at >= 0 ? a.substring(at + 1) : "";
        return d.matches("[A-Za-z0-9.-]{1,64}") ? d : host;
    }

    /** A public-looking address for the relay that handed the mail over. */
    private static String relayIp(long seed) {
        long a = 24 + seed % 170;
        if (a == 127 || a == 172 || a == 169) {
            a++;
        }
        return a + "." + (seed >> 8) % 256 + "." + (seed >> 16) % 256 + "." + (1 + (seed >> 24) % 254);
    }

    private static ZoneId zoneOf(String id) {
        try {
            return id == null ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    static long crc(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return c.getValue();
    }
}
