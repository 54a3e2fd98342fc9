package dev.mirage.service.http.commands;

/** A method the server does not know (RFC 9110 section 9.1): 501 Not Implemented with the Allow list. */
public final class UnknownCommand implements HttpCommand {
    @Override
    public Exchange.Reply handle(Exchange x) {
        return x.answers().status(501);
    }
}
