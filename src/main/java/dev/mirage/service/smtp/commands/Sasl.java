package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The two SASL mechanisms the claimed server offers (RFC 4954 section 4): base64 decoded
 * defensively (bad input gives null, never an exception), PLAIN's three fields split (RFC 4616),
 * and the verdict on a credential, which the policy decides.
 */
final class Sasl {
    static final String PLAIN = "plain";
    static final String LOGIN = "login";

    private Sasl() {
    }

    /** The decoded text, "" for the lone "=" of RFC 4954, or null when it is not base64. */
    static String decode(String b64) {
        String s = b64.strip();
        if (s.equals("=")) {
            return "";
        }
        try {
            return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** PLAIN's message "authzid NUL authcid NUL passwd"; a message without two NULs is kept whole as the secret. */
    static Reply plain(SmtpCall c, String message) {
        int first = message.indexOf('\0');
        int second = first < 0 ? -1 : message.indexOf('\0', first + 1);
        if (second < 0) {
            return verdict(c, PLAIN, null, message);
        }
        String authzid = message.substring(0, first);
        String authcid = message.substring(first + 1, second);
        String user = authcid.isEmpty() ? authzid : authcid;
        return verdict(c, PLAIN, user, message.substring(second + 1));
    }

    /**
     * The end of an exchange: success as the policy says, the credential noted for the record; a
     * failure that makes a brute force (aggressive) is told off instead of refused.
     */
    static Reply verdict(SmtpCall c, String method, String user, String secret) {
        c.state().auth(null);
        boolean success = c.policy().anyLoginWorks() && user != null && !user.isEmpty();
        Reply reply;
        if (success) {
            c.state().login(user);
            reply = c.host().reply(c.texts().authOk());
        } else if (c.policy().bruteForce(c.state().authFailed())) {
            reply = c.detected("brute-force", user == null ? "" : user);
        } else {
            reply = c.host().reply(c.texts().authFailed());
        }
        return reply.noting(new Reply.Credential(method, user, secret, success));
    }
}
