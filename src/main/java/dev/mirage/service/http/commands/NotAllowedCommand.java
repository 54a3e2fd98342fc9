package dev.mirage.service.http.commands;

/**
 * A method the server knows but a static site does not allow: POST, DELETE, CONNECT (RFC 9110
 * sections 9.3.3, 9.3.5, 9.3.6), PATCH (RFC 5789) and the WebDAV methods (RFC 4918 section 9).
 * 404 when nothing is there, 403 when it is refused, else 405 with the Allow list.
 */
public final class NotAllowedCommand implements HttpCommand {
    @Override
    public Exchange.Reply handle(Exchange x) {
        return switch (x.resource()) {
            case MISSING -> x.answers().status(404);
            case FORBIDDEN -> x.answers().status(403);
            case PAGE -> x.answers().status(405);
        };
    }
}
