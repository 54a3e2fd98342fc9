package dev.mirage.service.pop3;

import dev.mirage.profile.Placeholders;
import java.util.List;

/**
 * Every string the POP3 service shows, bound from the profile's {@code services.pop3} section
 * (kebab-case keys). Placeholders such as {host}, {count}, {size} are filled by the commands.
 * {@code apop} says whether the claimed server was set up for APOP: then its greeting carries the
 * timestamp (RFC 1939 section 7) and APOP is checked; otherwise APOP is refused as the server refused it.
 * The last keys serve the personalities: the weak accounts that work on a badly run server and the
 * mails in them ({user} and {host} filled), the system accounts whose login the aggressive server
 * tells off, its policy reply ({ip}), and the failing server's refusals of a mailbox.
 */
public record Pop3Texts(
        String greeting,
        String greetingApop,
        boolean apop,
        String apopChallenge,
        String userOk,
        String userMissing,
        String passMissing,
        String loginOk,
        String loginBad,
        String apopMissing,
        String apopBad,
        String apopUnsupported,
        String unknownAuthorization,
        String unknownTransaction,
        String unknownState,
        String nullCommand,
        String lineTooLong,
        String autologout,
        String stat,
        String listOne,
        String listAll,
        String uidlOne,
        String uidlAll,
        String noSuchMessage,
        String missingMessageNumber,
        String retr,
        String top,
        String badMessageNumber,
        String badLineCount,
        String dele,
        String noop,
        String rset,
        String last,
        String rpop,
        String xtnd,
        String capa,
        List<String> capabilities,
        String quit,
        MailLook mail,
        List<WeakAccount> weakAccounts,
        List<DecoyMail> weakMails,
        List<String> systemAccounts,
        String detected,
        String failingLocked,
        String failingIo) {

    public Pop3Texts {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        weakAccounts = weakAccounts == null ? List.of() : List.copyOf(weakAccounts);
        weakMails = weakMails == null ? List.of() : List.copyOf(weakMails);
        systemAccounts = systemAccounts == null ? List.of() : List.copyOf(systemAccounts);
    }

    /** A user name and the guessable password that opens its mailbox on a badly run server. */
    public record WeakAccount(String user, String password) {
    }

    /** A mail in every weak account's mailbox, as the profile writes it ({user} and {host} are filled). */
    public record DecoyMail(String from, String to, String subject, String date, String body) {
    }

    /**
     * How a stored mail looks when served: the Received lines the delivering MTA added, its
     * Message-ID form, the status header the POP server adds, and the zone for dates without one.
     */
    public record MailLook(List<String> received, String messageId, String status, String timeZone) {
        public MailLook {
            received = received == null ? List.of() : List.copyOf(received);
        }
    }

    /** The same texts with APOP switched on or off (tests, and profiles that differ only there). */
    public Pop3Texts withApop(boolean on) {
        return new Pop3Texts(greeting, greetingApop, on, apopChallenge, userOk, userMissing, passMissing, loginOk, loginBad,
                apopMissing, apopBad, apopUnsupported, unknownAuthorization, unknownTransaction, unknownState,
                nullCommand, lineTooLong, autologout, stat, listOne, listAll, uidlOne, uidlAll, noSuchMessage,
                missingMessageNumber, retr, top, badMessageNumber, badLineCount, dele, noop, rset, last, rpop, xtnd,
                capa, capabilities, quit, mail, weakAccounts, weakMails, systemAccounts, detected, failingLocked,
                failingIo);
    }

    /** Fills {name} placeholders in one pass; pairs of name, value. */
    public static String fill(String template, Object... pairs) {
        return Placeholders.fill(template, Placeholders.pairs(pairs));
    }
}
