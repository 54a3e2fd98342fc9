package dev.mirage.service.http.commands;

/** One request method: stateless, returns the answer; the dispatcher has already checked auth and resolved the path. */
public interface HttpCommand {
    Exchange.Reply handle(Exchange x);

    /** Whether the command answers before the path is resolved and authorised (TRACE does, as the server did). */
    default boolean early() {
        return false;
    }
}
