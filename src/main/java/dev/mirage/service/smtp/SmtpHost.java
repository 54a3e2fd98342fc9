package dev.mirage.service.smtp;

import dev.mirage.profile.Placeholders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The server one SMTP listener pretends to be: its texts, its policy, the host name it claims and the
 * domains it calls its own. Shared by all sessions of the listener; immutable.
 */
public record SmtpHost(SmtpTexts texts, SmtpPolicy policy, String name, DateTimeFormatter dates,
                       List<String> localDomains) {

    public static SmtpHost of(SmtpTexts texts, SmtpPolicy policy, String hostName) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(texts.dateFormat(), Locale.US).withZone(ZoneOffset.UTC);
        List<String> domains = texts.localDomains().stream()
                .map(d -> fill(d, "host", hostName).toLowerCase(Locale.ROOT))
                .toList();
        return new SmtpHost(texts, policy, hostName, dates, domains);
    }

    /**
     * Whether a recipient is this host's own: a bare user, or user@ one of the local domains or the
     * address literal of the port it reached. A '%', '!' or second '@' in the local part is a relay
     * trick (user%other@host), so it is not local.
     */
    public boolean isLocal(String mailbox, String localIp) {
        String m = mailbox.toLowerCase(Locale.ROOT);
        int at = m.lastIndexOf('@');
        String local = at < 0 ? m : m.substring(0, at);
        if (local.isEmpty() || local.contains("%") || local.contains("!") || local.contains("@")) {
            return false;
        }
        if (at < 0) {
            return true;
        }
        String domain = m.substring(at + 1);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return localDomains.contains(domain) || domain.equals("[" + localIp + "]");
    }

    /** The date as the claimed server prints it (Sendmail's arpadate form in the Linux profile). */
    public String date(Instant now) {
        return dates.format(now);
    }

    /** A one-line reply from a template; {host} is always filled, the pairs give the other placeholders. */
    public Reply reply(String template, String... pairs) {
        return Reply.of(line(template, pairs));
    }

    /** A template filled with {host} and the given name/value pairs. */
    public String line(String template, String... pairs) {
        String[] all = new String[pairs.length + 2];
        all[0] = "host";
        all[1] = name;
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        return fill(template, all);
    }

    /**
     * Replaces each {name} in one pass, so a value (attacker text) is never scanned again for
     * placeholders; unknown names stay as written.
     */
    static String fill(String template, String... pairs) {
        return Placeholders.fill(template, key -> lookup(key, pairs));
    }

    private static String lookup(String key, String[] pairs) {
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            if (pairs[k].equals(key)) {
                return pairs[k + 1] == null ? "" : pairs[k + 1];
            }
        }
        return null;
    }
}
