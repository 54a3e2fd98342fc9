package dev.mirage.service.smtp;

import java.util.List;
import java.util.Map;

/**
 * Every line the SMTP service can say, bound from the profile's {@code services.smtp} section. Each
 * text is a whole reply line with its code ("250 2.1.0 {address}... Sender ok"); multi-line replies
 * are lists of such lines, the continuation dashes are added when sent (RFC 5321 section 4.2.1).
 * Placeholders: {host}, {date}, {ip}, {verb}, {address}, {argument}, {line}, {topic}, {mechanism}, {queue-id}.
 * The last keys serve the personalities: {@code detected} (aggressive: the site's policy reply to
 * abuse, a 421 that ends the session), {@code failing-*} (the faults of a failing server) and
 * {@code strange-*} (a banner of many lines, a greylisting refusal: {address}, {domain}, {sender}, {ip}).
 */
public record SmtpTexts(
        String greeting,
        String dateFormat,
        List<String> localDomains,
        String hello,
        List<String> ehloKeywords,
        String heloMissing,
        String duplicateHelo,
        String senderOk,
        String senderTwice,
        String syntax,
        String unbalanced,
        String recipientOk,
        String relayingDenied,
        String needMailBeforeRcpt,
        String needMail,
        String needRcpt,
        String dataStart,
        String accepted,
        String tooBig,
        String reset,
        String noop,
        String quit,
        String vrfy,
        String expn,
        List<String> help,
        Map<String, List<String>> helpTopics,
        String helpUnknown,
        String unknown,
        int maxBadCommands,
        String tooManyBad,
        String authMissing,
        String authUnknown,
        String authTwice,
        String authInTransaction,
        String authNotAvailable,
        String authUsername,
        String authPassword,
        String authEmptyChallenge,
        String authOk,
        String authFailed,
        String authAborted,
        String authBadInitial,
        String authBadResponse,
        String lineTooLong,
        String inputLimit,
        String detected,
        String failingGreeting,
        String failingMail,
        String failingData,
        List<String> strangeGreeting,
        String strangeDeferred) {

    public SmtpTexts {
        localDomains = localDomains == null ? List.of() : List.copyOf(localDomains);
        strangeGreeting = strangeGreeting == null ? List.of() : List.copyOf(strangeGreeting);
        ehloKeywords = ehloKeywords == null ? List.of() : List.copyOf(ehloKeywords);
        help = help == null ? List.of() : List.copyOf(help);
        helpTopics = helpTopics == null ? Map.of() : Map.copyOf(helpTopics);
    }
}
