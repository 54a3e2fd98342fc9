package dev.mirage.service.http.commands;

/**
 * OPTIONS (RFC 9110 section 9.3.7): 200 with the Allow list and no body, for any path, as the
 * server's default handler answered before it looked for the file.
 */
public final class OptionsCommand implements HttpCommand {
    @Override
    public Exchange.Reply handle(Exchange x) {
        return x.answers().options();
    }
}
