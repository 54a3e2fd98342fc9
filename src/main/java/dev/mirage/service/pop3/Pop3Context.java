package dev.mirage.service.pop3;

import dev.mirage.config.MirageConfig;
import dev.mirage.service.shell.Account;
import dev.mirage.service.shell.Accounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the commands read and never change: texts, the configured accounts, the profile's weak
 * mail accounts, the system's user database (its weak accounts and cracked decoy passwords, whose
 * mailboxes hold the profile's weak mails too), how mails look, the policy. It also ends every login attempt in one place
 * ({@link #conclude}), so PASS and APOP meet the personality alike.
 */
public record Pop3Context(Pop3Texts texts, List<MirageConfig.Account> accounts, List<MirageConfig.Account> weak,
                          Accounts system, String host, MailFormat mails, Pop3Policy policy) {
    public Pop3Context {
        accounts = List.copyOf(accounts);
        weak = List.copyOf(weak);
    }

    /** The profile's weak accounts, each holding the profile's decoy mails addressed to it. */
    public static List<MirageConfig.Account> weakAccounts(Pop3Texts texts, String host) {
        List<MirageConfig.Account> out = new ArrayList<>();
        for (Pop3Texts.WeakAccount w : texts.weakAccounts()) {
            out.add(withWeakMails(texts, w.user(), w.password(), host));
        }
        return out;
    }

    /** An account whose mailbox holds the profile's weak mails, addressed to it. */
    private static MirageConfig.Account withWeakMails(Pop3Texts texts, String user, String password, String host) {
        List<MirageConfig.Mail> mails = new ArrayList<>();
        for (Pop3Texts.DecoyMail m : texts.weakMails()) {
            mails.add(new MirageConfig.Mail(fill(m.from(), user, host), fill(m.to(), user, host),
                    fill(m.subject(), user, host), m.date(), fill(m.body(), user, host)));
        }
        return new MirageConfig.Account(user, password, mails);
    }

    private static String fill(String s, String user, String host) {
        return s == null ? null : Pop3Texts.fill(s, "user", user, "host", host);
    }

    /** The configured account of this name, or null. */
    private MirageConfig.Account configured(String user) {
        if (user == null) {
            return null;
        }
        for (MirageConfig.Account a : accounts) {
            if (user.equals(a.user())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The account this user name and password open in this session, or null: a configured account,
     * else, when the session lets weak ones in, a weak mail account or one of the system's. {@code fits} says whether a password matches
     * what was sent (the password itself for PASS, the digest for APOP).
     */
    public MirageConfig.Account account(Pop3State state, String user, Predicate<String> fits) {
        MirageConfig.Account a = configured(user);
        if (a != null && a.password() != null && fits.test(a.password())) {
            return a;
        }
        if (state.weakAccounts() && user != null) {
            for (MirageConfig.Account w : weak) {
                if (user.equals(w.user()) && w.password() != null && fits.test(w.password())) {
                    return w;
                }
            }
            Account s = system.open(user, fits);
            if (s != null) {
                return withWeakMails(texts, s.user(), s.password(), host);
            }
        }
        return null;
    }

    /**
     * The end of a login attempt: the aggressive server tells off a login to a system account or the
     * failed login that makes a brute force; a right password opens the mailbox (if the session's
     * fault lets it); anything else gets the server's refusal. The credential is handed back either way.
     */
    public Reply conclude(Pop3State state, MirageConfig.Account account, Credential tried, String refusal) {
        if (policy.detectSystemAccounts() && systemAccount(tried.user())) {
            return detected(state).detecting("root-login", tried.user()).tried(tried);
        }
        if (account != null) {
            return login(state, account).tried(tried);
        }
        if (policy.bruteForce(state.failed())) {
            return detected(state).detecting("brute-force", tried.user()).tried(tried);
        }
        return Reply.of(refusal).tried(tried);
    }

    private Reply detected(Pop3State state) {
        return Reply.of(Pop3Texts.fill(texts.detected(), "ip", state.clientIp()));
    }

    private boolean systemAccount(String user) {
        if (user == null) {
            return false;
        }
        String u = user.strip().toLowerCase(Locale.ROOT);
        return texts.systemAccounts().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(u));
    }

    /**
     * Opens the account's mailbox and enters TRANSACTION, with the reply the server gives for it; a
     * failing session's lock or read error ends the session there instead, as ipop3d and Dovecot do.
     */
    public Reply login(Pop3State state, MirageConfig.Account account) {
        if (state.fault() == Pop3Fault.LOCKED) {
            return Reply.of(texts.failingLocked()).closing("failing");
        }
        if (state.fault() == Pop3Fault.BROKEN) {
            return Reply.of(texts.failingIo()).closing("failing");
        }
        List<Message> messages = mails.messages(account, Instant.now());
        if (policy.varyMailbox()) {
            messages = StrangeMailbox.of(messages, state.chance());
        }
        state.open(new Mailbox(messages));
        return Reply.of(Pop3Texts.fill(texts.loginOk(), "count", state.mailbox().size()));
    }

    /** The status header ipop3d adds to a message: R once read in this session, O as it is not new. */
    public String statusLine(Mailbox box, long n) {
        return Pop3Texts.fill(texts.mail().status(), "flags", (box.seen(n) ? "R" : " ") + "O");
    }
}
