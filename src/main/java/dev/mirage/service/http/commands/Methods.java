package dev.mirage.service.http.commands;

import java.util.HashMap;
import java.util.Map;

/**
 * The method table. Names are case-sensitive (RFC 9110 section 9.1); the set is the one the
 * claimed server recognised, everything else is {@link UnknownCommand}.
 */
public enum Methods {
    GET(new GetCommand()),                 // RFC 9110 section 9.3.1
    HEAD(new GetCommand()),                // RFC 9110 section 9.3.2
    POST(new NotAllowedCommand()),         // RFC 9110 section 9.3.3
    PUT(new PutCommand()),                 // RFC 9110 section 9.3.4
    DELETE(new NotAllowedCommand()),       // RFC 9110 section 9.3.5
    CONNECT(new NotAllowedCommand()),      // RFC 9110 section 9.3.6
    OPTIONS(new OptionsCommand()),         // RFC 9110 section 9.3.7
    TRACE(new TraceCommand()),             // RFC 9110 section 9.3.8
    PATCH(new NotAllowedCommand()),        // RFC 5789 section 2
    PROPFIND(new NotAllowedCommand()),     // RFC 4918 section 9.1
    PROPPATCH(new NotAllowedCommand()),    // RFC 4918 section 9.2
    MKCOL(new NotAllowedCommand()),        // RFC 4918 section 9.3
    COPY(new NotAllowedCommand()),         // RFC 4918 section 9.8
    MOVE(new NotAllowedCommand()),         // RFC 4918 section 9.9
    LOCK(new NotAllowedCommand()),         // RFC 4918 section 9.10
    UNLOCK(new NotAllowedCommand());       // RFC 4918 section 9.11

    private static final Map<String, HttpCommand> BY_NAME = new HashMap<>();
    private static final HttpCommand UNKNOWN = new UnknownCommand();

    static {
        for (Methods m : values()) {
            BY_NAME.put(m.name(), m.command);
        }
    }

    private final HttpCommand command;

    Methods(HttpCommand command) {
        this.command = command;
    }

    /** The command of a method as sent; unknown methods get 501. */
    public static HttpCommand lookup(String method) {
        return BY_NAME.getOrDefault(method, UNKNOWN);
    }

    /** Whether the server knows the method (the table's names). */
    public static boolean known(String method) {
        return BY_NAME.containsKey(method);
    }
}
