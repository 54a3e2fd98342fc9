package dev.mirage.service.shell;

import dev.mirage.decoy.Decoys;
import dev.mirage.service.telnet.TelnetTexts;
import dev.mirage.session.ServiceContext;
import java.util.function.Predicate;

/**
 * The persona's user database, one for every service that logs users in (Telnet, SSH, FTP, POP3),
 * as /etc/passwd was on the real system: the profile's weak accounts, and the accounts of the decoy
 * password files with this installation's passwords, so a password cracked from a file works where
 * a weak one does. Root and Administrator are never opened: no admin logs in from the network.
 * Whether a service lets anyone in at all is its personality's decision, not this class's.
 */
public final class Accounts {
    private final ShellTexts shell;
    private final Decoys decoys;

    public Accounts(ShellTexts shell, Decoys decoys) {
        this.shell = shell;
        this.decoys = decoys;
    }

    /** The system's accounts as the profile's Telnet section describes them, with the sensor's decoys. */
    public static Accounts of(ServiceContext ctx) {
        return new Accounts(ctx.profile().section("telnet", TelnetTexts.class).shell(), ctx.decoys());
    }

    /** The account this user name and password open, or null. */
    public Account open(String user, String password) {
        return password == null ? null : open(user, password::equals);
    }

    /**
     * The account of this user name whose password {@code fits} says was sent (the password itself,
     * or a digest of it as in POP3's APOP), or null.
     */
    public Account open(String user, Predicate<String> fits) {
        if (user == null || shell.admin(user)) {
            return null;
        }
        for (Account a : shell.accounts()) {
            boolean same = shell.ignoreCase() ? a.user().equalsIgnoreCase(user) : a.user().equals(user);
            if (same && fits.test(a.password())) {
                return a;
            }
        }
        Decoys.Account d = decoys.account(user, fits);
        if (d == null) {
            return null;
        }
        return new Account(d.user(), d.password(), d.uid() == null ? 0 : d.uid(), d.home() != null ? d.home() : homeLike(d.user()));
    }

    /** A home for an account whose file shows none (Windows): the weak accounts' pattern with this name. */
    private String homeLike(String user) {
        for (Account a : shell.accounts()) {
            int at = a.home().lastIndexOf(a.user());
            if (at >= 0) {
                return a.home().substring(0, at) + user + a.home().substring(at + a.user().length());
            }
        }
        return "/";
    }
}
