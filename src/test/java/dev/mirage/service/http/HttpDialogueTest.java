package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.dechunk;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static dev.mirage.service.http.Raw.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Apache 1.3.23 on Red Hat Linux 7.3, byte for byte, over raw sockets; each exchange recorded. */
class HttpDialogueTest {
    private static final String SERVER = "Server: Apache/1.3.23 (Unix)  (Red-Hat/Linux)\r\n";
    private static final String DATE = "Date: [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\r\n";

    @RegisterExtension
    final Sensor sensor = Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
            .set("sensor.personality", "open");

    private int port() {
        return sensor.port("http");
    }

    private JsonNode onlyRequest() throws Exception {
        List<SessionRow> rows = sensor.awaitSessions(1);
        List<JsonNode> reqs = Raw.events(sensor.events(rows.get(0).id()), "http.request");
        assertThat(reqs).hasSize(1);
        return reqs.get(0);
    }

    @Test
    void indexPageOverHttp10() throws Exception {
        String r = exchange(port(), "GET / HTTP/1.0\r\nUser-Agent: Mozilla/4.0 (compatible; MSIE 6.0)\r\n\r\n");
        assertThat(head(r)).matches("HTTP/1\\.1 200 OK\r\n" + DATE + SERVER.replace("(", "\\(").replace(")", "\\)")
                + "Last-Modified: Wed, 03 Apr 2002 17:44:35 GMT\r\nETag: \"1a0c3-[0-9a-f]+-3cab3f83\"\r\n"
                + "Accept-Ranges: bytes\r\nContent-Length: \\d+\r\nConnection: close\r\nContent-Type: text/html\r\n");
        assertThat(body(r)).contains("<TITLE>Test Page for the Apache Web Server on Red Hat Linux</TITLE>");
        int length = Integer.parseInt(head(r).replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        assertThat(body(r)).hasSize(length);

        JsonNode e = onlyRequest();
        assertThat(e.at("/http/request/method").asText()).isEqualTo("GET");
        assertThat(e.at("/url/original").asText()).isEqualTo("/");
        assertThat(e.at("/http/version").asText()).isEqualTo("1.0");
        assertThat(e.at("/http/response/status_code").asInt()).isEqualTo(200);
        assertThat(e.at("/user_agent/original").asText()).isEqualTo("Mozilla/4.0 (compatible; MSIE 6.0)");
        assertThat(e.at("/mirage/http/headers/0/name").asText()).isEqualTo("User-Agent");
    }

    @Test
    void notFoundIsApachesPageChunkedForHttp11() throws Exception {
        String r = exchange(port(), "GET /nope.html HTTP/1.1\r\nHost: www\r\nConnection: close\r\n\r\n");
        assertThat(head(r)).startsWith("HTTP/1.1 404 Not Found\r\n").contains(SERVER)
                .endsWith("Connection: close\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html; charset=iso-8859-1\r\n");
        String expected = page("404 Not Found", "The requested URL /nope.html was not found on this server.<P>\n", port());
        String size = Integer.toHexString(expected.length());
        assertThat(body(r)).isEqualTo(size + " ".repeat(3 - size.length()) + "\r\n" + expected + "\r\n0\r\n\r\n");
        assertThat(onlyRequest().at("/http/response/status_code").asInt()).isEqualTo(404);
    }

    @Test
    void notFoundOverHttp10IsThePageUntilClose() throws Exception {
        String r = exchange(port(), "GET /a%3Cb%3E HTTP/1.0\r\n\r\n");
        assertThat(head(r)).endsWith("Connection: close\r\nContent-Type: text/html; charset=iso-8859-1\r\n");
        assertThat(body(r)).isEqualTo(
                page("404 Not Found", "The requested URL /a&lt;b&gt; was not found on this server.<P>\n", port()));
    }

    @Test
    void headGivesHeadersOnly() throws Exception {
        String r = exchange(port(), "HEAD / HTTP/1.1\r\nHost: www\r\nConnection: close\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: ").endsWith("\r\n\r\n");
        assertThat(body(r)).isEmpty();
        String missing = exchange(port(), "HEAD /x HTTP/1.1\r\nHost: www\r\nConnection: close\r\n\r\n");
        assertThat(missing).startsWith("HTTP/1.1 404 Not Found\r\n").doesNotContain("chunked");
        assertThat(body(missing)).isEmpty();
    }

    @Test
    void optionsListsApachesMethods() throws Exception {
        String r = exchange(port(), "OPTIONS / HTTP/1.0\r\n\r\n");
        assertThat(head(r)).startsWith("HTTP/1.1 200 OK\r\n")
                .endsWith(SERVER + "Content-Length: 0\r\nAllow: GET, HEAD, OPTIONS, TRACE\r\nConnection: close\r\n");
        assertThat(body(r)).isEmpty();
    }

    @Test
    void postToAPageIs405WithTheBodyRecorded() throws Exception {
        String r = exchange(port(), "POST / HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 13\r\n\r\nuser=x&pass=y");
        assertThat(head(r)).startsWith("HTTP/1.1 405 Method Not Allowed\r\n")
                .contains("Allow: GET, HEAD, OPTIONS, TRACE\r\n");
        assertThat(body(r)).isEqualTo(page("405 Method Not Allowed",
                "The requested method POST is not allowed for the URL /index.html.<P>\n", port()));
        JsonNode e = onlyRequest();
        assertThat(e.at("/http/request/body/content").asText()).isEqualTo("user=x&pass=y");
        assertThat(e.at("/http/request/body/bytes").asInt()).isEqualTo(13);
        assertThat(e.at("/mirage/http/body-truncated").asBoolean()).isFalse();
    }

    @Test
    void unknownMethodIs501AndCloses() throws Exception {
        String r = exchange(port(), "FOO / HTTP/1.1\r\nHost: www\r\n\r\n");
        assertThat(head(r)).startsWith("HTTP/1.1 501 Method Not Implemented\r\n")
                .contains("Allow: GET, HEAD, OPTIONS, TRACE\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n");
        assertThat(dechunk(body(r))).isEqualTo(page("501 Method Not Implemented",
                "FOO to /index.html not supported.<P>\n", port()));
    }

    @Test
    void http11WithoutHostIs400() throws Exception {
        String r = exchange(port(), "GET / HTTP/1.1\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n");
        assertThat(dechunk(body(r))).isEqualTo(page("400 Bad Request",
                "Your browser sent a request that this server could not understand.<P>\n", port()));
    }

    @Test
    void missingColonIs400WithTheNotes() throws Exception {
        String r = exchange(port(), "GET / HTTP/1.0\r\nBogus header line\r\n\r\n");
        assertThat(body(r)).isEqualTo(page("400 Bad Request",
                "Your browser sent a request that this server could not understand.<P>\n"
                        + "Request header field is missing colon separator.<P>\n<PRE>\nBogus header line</PRE>\n<P>\n",
                port()));
    }

    @Test
    void directoryWithoutSlashRedirects() throws Exception {
        String r = exchange(port(), "GET /admin HTTP/1.0\r\n\r\n");
        String location = "http://www:" + port() + "/admin/";
        assertThat(head(r)).startsWith("HTTP/1.1 301 Moved Permanently\r\n").contains("Location: " + location + "\r\n");
        assertThat(body(r)).isEqualTo(page("301 Moved Permanently",
                "The document has moved <A HREF=\"" + location + "\">here</A>.<P>\n", port()));
    }

    @Test
    void proxyRequestsGetOurOwnPage() throws Exception {
        String r = exchange(port(), "GET http://www.example.com/ HTTP/1.0\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("Test Page for the Apache Web Server");
        assertThat(onlyRequest().at("/url/original").asText()).isEqualTo("http://www.example.com/");
    }

    @Test
    void traceEchoesTheRequest() throws Exception {
        String r = exchange(port(), "TRACE /x HTTP/1.0\r\nX-Probe: abc\r\n\r\n");
        assertThat(head(r)).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Type: message/http\r\n");
        assertThat(body(r)).isEqualTo("TRACE /x HTTP/1.0\r\nX-Probe: abc\r\n\r\n");
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
        String r = exchange(port(), "GET / HTTP/1.1\r\nHost: www\r\n\r\nGET /missing HTTP/1.1\r\nHost: www\r\n\r\n"
                + "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nHEAD / HTTP/1.1\r\nHost: www\r\nConnection: close\r\n\r\n");
        assertThat(r.split("HTTP/1\\.1 ", -1)).hasSize(5);
        assertThat(r).contains("Keep-Alive: timeout=15, max=98\r\nConnection: Keep-Alive\r\n");
        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(Raw.events(sensor.events(rows.get(0).id()), "http.request"))
                .extracting(e -> e.at("/http/response/status_code").asInt()).containsExactly(200, 404, 200, 200);
    }

    @Test
    void http09GetsTheBodyAlone() throws Exception {
        String r = exchange(port(), "GET /\r\n");
        assertThat(r).startsWith("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">");
        assertThat(onlyRequest().at("/http/version").asText()).isEqualTo("0.9");
    }

    @Test
    void expectContinueGetsA100ThenTheBodyIsRead() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(Raw.bytes("PUT /up.txt HTTP/1.1\r\nHost: www\r\nExpect: 100-continue\r\n"
                    + "Connection: close\r\nContent-Length: 5\r\n\r\n"));
            byte[] cont = new byte[25];
            int n = s.getInputStream().readNBytes(cont, 0, cont.length);
            assertThat(new String(cont, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            s.getOutputStream().write(Raw.bytes("hello"));
            assertThat(Raw.readAll(s.getInputStream())).startsWith("HTTP/1.1 405 Method Not Allowed\r\n");
        }
        assertThat(onlyRequest().at("/http/request/body/content").asText()).isEqualTo("hello");
    }

    @Test
    void chunkedBodyIsReadAndCapped() throws Exception {
        String r = exchange(port(), "POST /form HTTP/1.1\r\nHost: www\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 404 Not Found\r\n");
        assertThat(onlyRequest().at("/http/request/body/content").asText()).isEqualTo("hello world");
    }
}
