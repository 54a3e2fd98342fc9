package dev.mirage.service.http.commands;

/**
 * PUT (RFC 9110 section 9.3.4): refused with 405 whether or not the path exists; the body was
 * still read and recorded (the upload an attacker attempted).
 */
public final class PutCommand implements HttpCommand {
    @Override
    public Exchange.Reply handle(Exchange x) {
        return x.answers().status(405);
    }
}
