package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static dev.mirage.service.http.Raw.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A folder of custom pages: served by path with the persona's headers; nothing outside it can be reached. */
class HttpPagesTest {
    private static final Path OUTSIDE = folder();
    private static final Path PAGES = OUTSIDE.resolve("site");

    private static Path folder() {
        try {
            Path base = Files.createTempDirectory("mirage-http-pages");
            Path site = Files.createDirectories(base.resolve("site"));
            Files.writeString(base.resolve("secret.txt"), "TOP SECRET");
            Files.writeString(site.resolve("hello.html"), "<html>hello</html>");
            Files.writeString(site.resolve("style.css"), "body{}");
            Files.writeString(site.resolve(".htaccess"), "deny");
            Files.createDirectories(site.resolve("docs"));
            Files.writeString(site.resolve("docs/index.html"), "<html>docs</html>");
            Files.createSymbolicLink(site.resolve("link.txt"), base.resolve("secret.txt"));
            base.toFile().deleteOnExit();
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RegisterExtension
    final Sensor sensor = Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
            .set("services.http.pages", PAGES.toString());

    private String get(String target) throws IOException {
        return exchange(sensor.port("http"), "GET " + target + " HTTP/1.0\r\n\r\n");
    }

    @Test
    void servesFilesWithTheirTypeAndThePersonasHeaders() throws Exception {
        String r = get("/hello.html");
        assertThat(head(r)).startsWith("HTTP/1.1 200 OK\r\n").contains("Server: Apache/1.3.23 (Unix)  (Red-Hat/Linux)\r\n")
                .contains("Content-Length: 18\r\n").endsWith("Content-Type: text/html\r\n");
        assertThat(body(r)).isEqualTo("<html>hello</html>");
        assertThat(get("/style.css")).contains("Content-Type: text/css\r\n");
        assertThat(body(get("/docs/"))).isEqualTo("<html>docs</html>");
        assertThat(get("/docs")).startsWith("HTTP/1.1 301 Moved Permanently\r\n");
    }

    @Test
    void theDefaultTestPageIsGoneButNotFoundLooksTheSame() throws Exception {
        int port = sensor.port("http");
        assertThat(get("/")).startsWith("HTTP/1.1 403 Forbidden\r\n");
        assertThat(body(get("/index.html"))).isEqualTo(
                page("404 Not Found", "The requested URL /index.html was not found on this server.<P>\n", port));
    }

    @Test
    void traversalNeverLeavesTheFolder() throws Exception {
        for (String t : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/docs/../../secret.txt",
            "/..%2fsecret.txt", "/./../../../secret.txt"}) {
            String r = get(t);
            assertThat(r).as(t).doesNotContain("TOP SECRET").matches("(?s)HTTP/1\\.1 40[34] .*");
        }
        assertThat(get("/link.txt")).startsWith("HTTP/1.1 403 Forbidden\r\n").doesNotContain("TOP SECRET");
        assertThat(get("/.htaccess")).startsWith("HTTP/1.1 403 Forbidden\r\n");
        var events = sensor.allEvents().stream().filter(e -> e[0].equals("http.request")).toList();
        assertThat(events).anySatisfy(e -> assertThat(e[1]).contains("path-traversal"));
    }
}
