package dev.mirage.service.finger;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The claimed finger program's two output formats, filled from the profile: the long entry
 * (lprint) and the short list (sprint). Dates are the real current time, in the persona's zone.
 */
public final class FingerFormat {
    private final FingerTexts t;
    private final ZoneId zone;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter zoneName = DateTimeFormatter.ofPattern("zzz", Locale.US);

    public FingerFormat(FingerTexts texts) {
        this.t = texts;
        this.zone = ZoneId.of(texts.timeZone());
        this.longDate = DateTimeFormatter.ofPattern(texts.longDate(), Locale.US);
        this.shortDate = DateTimeFormatter.ofPattern(texts.shortDate(), Locale.US);
    }

    /** The long entry of one user, as lines. */
    public List<String> longEntry(FingerTexts.User u, Instant now) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.US, t.longLogin(), u.login(), nz(u.name())));
        out.add(String.format(Locale.US, t.longDirectory(), nz(u.directory()), nz(u.shell())));
        if (!nz(u.office()).isEmpty()) {
            out.add(String.format(Locale.US, t.office(), u.office(), nz(u.officePhone())).stripTrailing());
        }
        ZonedDateTime since = now.minusSeconds(60L * u.loginMinutesAgo()).atZone(zone);
        if (u.loggedIn()) {
            out.add(String.format(Locale.US, t.onSince(), longDate.format(since), zoneName.format(since), nz(u.tty()),
                    nz(u.from())));
            if (u.idleMinutes() > 0) {
                out.add(String.format(Locale.US, t.idle(), idleWords(u.idleMinutes() * 60L)));
            }
        } else if (u.loginMinutesAgo() > 0) {
            out.add(String.format(Locale.US, t.lastLogin(), longDate.format(since), zoneName.format(since), nz(u.tty()),
                    nz(u.from())));
        } else {
            out.add(t.neverLoggedIn());
        }
        out.add(nz(u.mail()).isEmpty() ? t.noMail() : u.mail());
        if (nz(u.plan()).isEmpty()) {
            out.add(t.noPlan());
        } else {
            out.add(t.planHeader());
            out.addAll(u.plan().stripTrailing().lines().toList());
        }
        return out;
    }

    /** The short list's header and one row per logged-in user. */
    public List<String> shortList(List<FingerTexts.User> users, Instant now) {
        List<String> out = new ArrayList<>();
        out.add(t.shortHeader());
        for (FingerTexts.User u : users) {
            ZonedDateTime since = now.minusSeconds(60L * u.loginMinutesAgo()).atZone(zone);
            String office = nz(u.office()).isEmpty() ? (nz(u.from()).isEmpty() ? "" : "(" + u.from() + ")")
                    : u.office() + " " + nz(u.officePhone());
            out.add(String.format(Locale.US, t.shortRow(), u.login(), nz(u.name()), ' ', nz(u.tty()),
                    shortIdle(u.idleMinutes()), shortDate.format(since), office).stripTrailing());
        }
        return out;
    }

    private String idleWords(long seconds) {
        long[] parts = {seconds / 86400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length && i < t.idleUnits().size(); i++) {
            if (parts[i] > 0 && !(i == 3 && parts[0] + parts[1] > 0)) {
                b.append(b.isEmpty() ? "" : " ").append(parts[i]).append(' ').append(t.idleUnits().get(i))
                        .append(parts[i] == 1 ? "" : t.plural());
            }
        }
        return b.toString();
    }

    private static String shortIdle(int minutes) {
        if (minutes <= 0) {
            return "";
        }
        if (minutes < 60) {
            return Integer.toString(minutes);
        }
        if (minutes < 24 * 60) {
            return String.format(Locale.US, "%d:%02d", minutes / 60, minutes % 60);
        }
        return (minutes / (24 * 60)) + "d";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
