package dev.mirage.service.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The persona's accounts and fake shell, from the {@code shell:} mapping of a profile's telnet or ssh
 * section (the same system answers both, so both sections carry one). Texts are written with bare
 * "\n" line ends, as the program writes them; the terminal adds the CR (the tty's ONLCR, the NVT's
 * CR LF). Placeholders: {user}, {uid} and {home} of the account logged in; {command} in not-found
 * is the attacker's first word, cut and stripped of control characters. Every key is required: a
 * profile that misses one fails when it loads, not when an attacker reaches it.
 *
 * @param accounts     the weak accounts that log in (under the open personality)
 * @param admins       user names no site lets in from the network (root, Administrator); case is ignored
 * @param ignoreCase   true where user names and commands are not case-sensitive (Windows)
 * @param motd         what login prints before the first prompt: last login, message of the day
 * @param prompt       the shell's prompt
 * @param notFound     the answer to a command the shell does not know
 * @param outputs      canned answers, by whole command line (spaces collapsed)
 * @param quiet        commands (by first word) that print nothing: cd, export, ...
 * @param exitCommands commands (by first word) that end the session
 * @param exit         what the shell prints as the session ends
 */
public record ShellTexts(List<Account> accounts, List<String> admins, Boolean ignoreCase, String motd, String prompt,
                         String notFound, Map<String, String> outputs, List<String> quiet, List<String> exitCommands,
                         String exit) {
    public ShellTexts {
        require(accounts, "accounts");
        require(admins, "admins");
        require(ignoreCase, "ignore-case");
        require(motd, "motd");
        require(prompt, "prompt");
        require(notFound, "not-found");
        require(outputs, "outputs");
        require(quiet, "quiet");
        require(exitCommands, "exit-commands");
        require(exit, "exit");
        accounts = List.copyOf(accounts);
        admins = List.copyOf(admins);
        Map<String, String> byLine = new HashMap<>();
        outputs.forEach((line, text) -> byLine.put(key(line, ignoreCase), text == null ? "" : text));
        outputs = Map.copyOf(byLine);
        quiet = quiet.stream().map(w -> key(w, ignoreCase)).toList();
        exitCommands = exitCommands.stream().map(w -> key(w, ignoreCase)).toList();
    }

    private static void require(Object value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("shell." + key + " is missing");
        }
    }

    /** A command line as the tables hold it: spaces collapsed, lower case where case does not matter. */
    static String key(String line, boolean ignoreCase) {
        String k = line.strip().replaceAll("[ \\t]+", " ");
        return ignoreCase ? k.toLowerCase(Locale.ROOT) : k;
    }

    /** The weak account with this user name and password, or null. */
    public Account account(String user, String password) {
        for (Account a : accounts) {
            boolean sameUser = ignoreCase ? a.user().equalsIgnoreCase(user) : a.user().equals(user);
            if (sameUser && a.password().equals(password)) {
                return a;
            }
        }
        return null;
    }

    /** True for root, Administrator and the like, whatever the case. */
    public boolean admin(String user) {
        return user != null && admins.stream().anyMatch(a -> a.equalsIgnoreCase(user.strip()));
    }
}
