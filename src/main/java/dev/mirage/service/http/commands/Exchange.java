package dev.mirage.service.http.commands;

/**
 * What a method's command sees: the method, the path it acts on (decoded, dot segments removed,
 * a directory already replaced by its index page), what the site has there, and how to answer.
 *
 * @param method   the method as sent
 * @param uri      the path as the error pages name it
 * @param resource what the site has at that path
 */
public record Exchange(String method, String uri, Resource resource, Answers answers) {

    /** What the site has at the path, as far as a command needs to know. */
    public enum Resource { PAGE, MISSING, FORBIDDEN }

    /** The answers a command can give; the service builds them from the profile. */
    public interface Answers {
        /** The page at the path, with its validators. */
        Reply page();

        /** A canned page of this status about this exchange (403, 404, 405, 501). */
        Reply status(int code);

        /** The OPTIONS answer: no body, the server's Allow list. */
        Reply options();

        /** The TRACE echo of the request. */
        Reply trace();
    }

    /** An answer, opaque to the commands. */
    public interface Reply {
    }
}
