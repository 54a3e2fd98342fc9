package dev.mirage.decoy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile's {@code decoys:} section: the password files a persona offers, in its own terms.
 *
 * @param scheme    how passwords are stored: des-crypt, md5-crypt, sha512-crypt, lm-nt or nt
 * @param newline   the line end of the system's text files ("\n", or "\r\n" for Windows)
 * @param changed   when the passwords were last set, "2002-06-11 09:47" (shadow's day count, AIX's seconds)
 * @param warning   the warning strength's words, in the system's style; {host} is the host name
 * @param formats   the files by format name (the name an FTP entry's {@code decoy:} gives)
 * @param accounts  the accounts, in file order
 * @param funAccount what the fun strength's extra accounts look like: its uid, gid or rid is the first
 *                  one's, counted up; {user} in its other fields is the extra account's name
 */
public record DecoyTexts(String scheme, String newline, String changed, String warning, Map<String, Format> formats,
                         List<Account> accounts, Account funAccount) {
    public DecoyTexts {
        formats = formats == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(formats));
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * One file format. {@code line} is written once per account; it names the account's fields
     * ({user}, {uid}, {gid}, {gecos}, {home}, {shell}, {rid}), the password's ({hash} for crypt,
     * {lm} and {nt} for Windows) and {changed-days} or {changed-seconds}; it may span lines
     * (AIX stanzas). {@code warning} are the lines put first at the warning strength, where
     * {warning} is the section's warning text. {@code header} (optional) are lines the file starts
     * with at every strength, e.g. FreeBSD's "# $FreeBSD: ... $" line; {host} is the host name.
     */
    public record Format(String line, List<String> warning, List<String> header) {
        public Format {
            warning = warning == null ? List.of() : List.copyOf(warning);
            header = header == null ? List.of() : List.copyOf(header);
        }
    }

    /**
     * An account. {@code locked} is what its password field holds when it has no password
     * ("*", "!!", "*LK*"); {@code blank} is an account with the empty password (a Windows Guest);
     * {@code machine} is one whose password the system set itself, long and random at every strength
     * (IUSR_host, WDAGUtilityAccount). Every other account gets this installation's own password.
     */
    public record Account(String user, Integer uid, Integer gid, String gecos, String home, String shell, Integer rid,
                          String locked, Boolean blank, Boolean machine) {
        boolean hasPassword() {
            return locked == null && !Boolean.TRUE.equals(blank);
        }

        boolean isMachine() {
            return Boolean.TRUE.equals(machine);
        }
    }
}
