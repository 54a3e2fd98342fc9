package dev.mirage.service.smtp;

import java.security.MessageDigest;
import java.util.HexFormat;

/** Sends one message in a raw dialogue; shared by the relay and cap tests. */
final class Relay {
    static final String BODY = "From: x@spam.example\r\nMessage-ID: <1234@spam.example>\r\nSubject: win\r\n"
            + "\r\nYou won.\r\n";

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static void sendMessage(Dialogue d, String rcpt, String body, String expectAtEnd) throws Exception {
        d.command("MAIL FROM:<x@spam.example>", "250 2.1.0 ");
        d.command("RCPT TO:<" + rcpt + ">", "250 2.1.5 ");
        d.command("DATA", "354 Enter mail, end with \".\" on a line by itself");
        d.send(body + ".");
        d.expect(expectAtEnd);
    }
}
