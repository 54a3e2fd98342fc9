package dev.mirage.service.finger;

import java.util.List;

/**
 * Everything the finger client sees, from the profile's services.finger section: the claimed
 * fingerd's output formats (Java format strings with the widths of the original printf calls) and
 * the persona's users. Dates are the real current time in {@code timeZone}.
 *
 * @param longLogin "Login: %-15s\t\t\tName: %s" (login, name)
 * @param longDirectory "Directory: %-25s\tShell: %s" (home, shell)
 * @param office the office line (office, phone), printed when a user has an office
 * @param onSince a logged-in user's line (date, zone, tty, from host)
 * @param idle the idle line (the idle time in words)
 * @param idleUnits the words for day, hour, minute, second
 * @param plural what makes a unit plural
 * @param lastLogin a user's last login (date, zone, tty, from host)
 * @param longDate the date pattern of the long format (ctime's first 16 characters)
 * @param shortDate the date pattern of the short format
 * @param shortRow the short format's row (login, name, tty mark, tty, idle, login time, office)
 * @param refusedList what fingerd -u says to the empty query ("finger @host")
 * @param failingTty finger's complaint about a stale utmp entry's terminal (the tty, e.g. pts/1)
 * @param failingMail finger's complaint about a user's mail spool it cannot read (the login)
 * @param failingMemory finger's line when it runs out of memory
 * @param failingInternal fingerd's line when it fails
 * @param detected the site's notice to a misbehaving client: detected and reported (lines by \n)
 */
public record FingerTexts(String timeZone, String longLogin, String longDirectory, String office, String onSince,
                          String idle, List<String> idleUnits, String plural, String lastLogin, String neverLoggedIn,
                          String noMail, String planHeader, String noPlan, String shortHeader, String shortRow,
                          String longDate, String shortDate, String noOneLoggedOn, String noSuchUser,
                          String forwardingDenied, List<User> users, String refusedList, String failingTty,
                          String failingMail, String failingMemory, String failingInternal, String detected) {
    public FingerTexts {
        idleUnits = idleUnits == null ? List.of() : List.copyOf(idleUnits);
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * A user of the persona. {@code loggedIn} users appear in the empty query's list, logged in
     * {@code loginMinutesAgo} on {@code tty} from {@code from}, idle {@code idleMinutes}; others show
     * their last login (or none, when loginMinutesAgo is 0).
     */
    public record User(String login, String name, String directory, String shell, String office,
                       String officePhone, Boolean loggedIn, String tty, String from, Integer loginMinutesAgo,
                       Integer idleMinutes, String mail, String plan) {
        public User {
            loggedIn = loggedIn != null && loggedIn;
            loginMinutesAgo = loginMinutesAgo == null ? 0 : Math.max(0, loginMinutesAgo);
            idleMinutes = idleMinutes == null ? 0 : Math.max(0, idleMinutes);
        }
    }
}
