package dev.mirage.service.http.commands;

/**
 * GET and HEAD (RFC 9110 sections 9.3.1, 9.3.2): the page, or 404 / 403. HEAD differs only in
 * that the writer sends no body, as the server's header_only flag did.
 */
public final class GetCommand implements HttpCommand {
    @Override
    public Exchange.Reply handle(Exchange x) {
        return switch (x.resource()) {
            case PAGE -> x.answers().page();
            case MISSING -> x.answers().status(404);
            case FORBIDDEN -> x.answers().status(403);
        };
    }
}
