package dev.mirage.service.http;

import java.util.List;
import java.util.Map;

/**
 * Everything the HTTP service shows, from the profile's {@code services.http} section: the server's
 * headers, its canned error pages (RFC 9110 section 15), the default site and the Basic-auth realm.
 * Placeholders in braces ({host}, {port}, {uri}, {method}, ...) are filled by the service.
 *
 * @param server          the Server header value
 * @param serverFirst     whether Server comes before Date (IIS and its kin) rather than after (Apache, nginx)
 * @param version         the protocol the server speaks, "HTTP/1.1" or "HTTP/1.0" (NCSA, CERN, Web Sharing):
 *                        a 1.0 server never chunks, never sends 100 Continue, and asks no Host or Expect of anyone
 * @param rawReplies      per request method, the whole response a server sends for it as it is, then closes
 *                        (e.g. an old server's "HTTP/1.0 400" to a method it never knew); empty for none
 * @param dateFormat      java.time pattern of the Date and Last-Modified headers (RFC 9110 section 5.6.7), in GMT
 * @param statusLines     code to status line text as the server words it ("404 Not Found")
 * @param errorPage       the canned error page: {title}, {h1}, {message}, {host}, {port}
 * @param errorType       Content-Type of canned pages
 * @param errorLength     whether canned pages carry Content-Length (IIS served them as files); else they are
 *                        chunked to HTTP/1.1 clients as Apache generated them
 * @param errorMessages   per code, the message part of the error page ({uri}, {method}, {location}, {notes}, {expect})
 * @param notes           per problem, extra notes of a 400 page ({field})
 * @param allow           the Allow header of OPTIONS, 405 and 501
 * @param keepAlive       the Keep-Alive header value ({timeout}, {max}); "" for a server that sends none
 * @param keepAliveTimeout seconds a kept-alive connection waits for the next request
 * @param keepAliveMax    requests kept alive on one connection (the server's MaxKeepAliveRequests)
 * @param connectionKeep  the Connection header value for a persistent connection
 * @param connectionClose the Connection header value when closing
 * @param padding         the header line added when the header block would end at bytes 255 to 257; "" for none
 * @param indexPage       the default site's index page (HTML)
 * @param directoryIndex  the file names a directory request is answered with, in order
 * @param indexLastModified Last-Modified of the default pages, in dateFormat
 * @param indexInode      hex inode number shown in the default pages' ETag (IIS: its change number)
 * @param etag            the ETag of a page, "" for a server that sent none (NCSA, CERN): {weak} ("W/" within a
 *                        second of a change), {inode}, {size}, {mtime} (hex seconds), {mtime-usec} (hex
 *                        microseconds, Apache 2.4) and {filetime} (hex Windows FILETIME, IIS)
 * @param acceptRanges    the Accept-Ranges value of a page, "" for a server that sent none
 * @param realm           the Basic-auth realm of services.http.auth-path
 * @param authPage        the page behind auth-path, shown only where weak credentials work
 * @param weakCredentials user and password pairs that the "open" personality lets in
 * @param contentTypes    file extension (lower case) to Content-Type, for custom pages
 * @param defaultType     Content-Type of a file whose extension is not listed
 * @param textType        Content-Type of HTML pages of the default site
 * @param traceType       Content-Type of a TRACE echo
 * @param internalErrorLine the status line of the failing server's internal error ("500 Internal Server Error")
 * @param internalError   its page's message part, put into error-page as {message} is
 * @param unavailableLine the status line of the failing server's overload ("503 Service Unavailable")
 * @param unavailable     its page's message part
 * @param detectedLine    the status line of the page an exploit attempt gets under "aggressive" ("403 Forbidden")
 * @param detected        its message part ({uri}): the site's policy text, detected and reported
 */
public record HttpTexts(String server, boolean serverFirst, String version, Map<String, String> rawReplies, String dateFormat, Map<Integer, String> statusLines, String errorPage,
                        String errorType, boolean errorLength, Map<Integer, String> errorMessages, Map<String, String> notes, String allow,
                        String keepAlive, int keepAliveTimeout, int keepAliveMax, String connectionKeep,
                        String connectionClose, String padding, String indexPage, List<String> directoryIndex,
                        String indexLastModified, String indexInode, String etag, String acceptRanges, String realm, String authPage,
                        List<Credential> weakCredentials, Map<String, String> contentTypes, String defaultType,
                        String textType, String traceType, String internalErrorLine, String internalError,
                        String unavailableLine, String unavailable, String detectedLine, String detected) {

    /** A user name and password pair of the profile. */
    public record Credential(String user, String password) {
    }

    public HttpTexts {
        if (!"HTTP/1.1".equals(version) && !"HTTP/1.0".equals(version)) {
            throw new IllegalArgumentException("version is HTTP/1.1 or HTTP/1.0 (the protocol the server spoke), not " + version);
        }
        if (etag == null || !etag.replaceAll("\\{(weak|inode|size|mtime|mtime-usec|filetime)\\}", "").matches("[^{}]*")) {
            throw new IllegalArgumentException("etag holds only {weak}, {inode}, {size}, {mtime}, {mtime-usec} and {filetime}: " + etag);
        }
        acceptRanges = acceptRanges == null ? "" : acceptRanges;
        statusLines = Map.copyOf(statusLines);
        rawReplies = rawReplies == null ? Map.of() : Map.copyOf(rawReplies);
        for (String raw : rawReplies.values()) {
            if (!raw.matches("(?s)HTTP/1\\.[01] [1-5]\\d\\d .*\r\n\r\n.*")) {
                throw new IllegalArgumentException("a raw reply is a whole response: status line, headers, empty line: " + raw);
            }
        }
        errorMessages = Map.copyOf(errorMessages);
        notes = Map.copyOf(notes);
        directoryIndex = List.copyOf(directoryIndex);
        weakCredentials = weakCredentials == null ? List.of() : List.copyOf(weakCredentials);
        contentTypes = Map.copyOf(contentTypes);
        for (String line : new String[] {internalErrorLine, unavailableLine, detectedLine}) {
            if (line == null || !line.matches("[1-5]\\d\\d .+")) {
                throw new IllegalArgumentException("a status line is a code and its text, e.g. \"403 Forbidden\": " + line);
            }
        }
    }

    /** True for an HTTP/1.1 server: it chunks, keeps HTTP/1.1 clients alive, sends 100 Continue, wants Host. */
    public boolean oneOne() {
        return version.equals("HTTP/1.1");
    }

    /** The code of a status line, e.g. 403 of "403 Forbidden". */
    public static int code(String statusLine) {
        return Integer.parseInt(statusLine.substring(0, 3));
    }

    /** The status line text of a code, e.g. "404 Not Found"; a bare code when the profile has none. */
    public String statusLine(int code) {
        String s = statusLines.get(code);
        return s != null ? s : Integer.toString(code);
    }
}
