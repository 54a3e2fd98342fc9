package dev.mirage.service.shell;

/**
 * One weak account of the persona's system, as an admin of its era left it behind (guest/guest,
 * test/test, oracle/oracle): under the open personality it logs in to the fake shell.
 *
 * @param user     the user name
 * @param password its password
 * @param uid      its numeric user id, for the shell's {uid} (0 where the system has none to show)
 * @param home     its home directory, for the shell's {home}
 */
public record Account(String user, String password, int uid, String home) {
    public Account {
        if (user == null || user.isEmpty() || password == null) {
            throw new IllegalArgumentException("a shell account needs a user and a password");
        }
        home = home == null ? "/" : home;
    }
}
