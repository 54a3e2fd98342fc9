package dev.mirage.service.http.commands;

/**
 * TRACE (RFC 9110 section 9.3.8): the request echoed back as message/http. The server answered it
 * before any path or access check, so it runs early.
 */
public final class TraceCommand implements HttpCommand {
    @Override
    public Exchange.Reply handle(Exchange x) {
        return x.answers().trace();
    }

    @Override
    public boolean early() {
        return true;
    }
}
