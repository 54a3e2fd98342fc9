package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Custom pages come through the persona's look: on the Windows 2000 profile, IIS 5.0's headers (Server first) and its own 404 page. */
class HttpPagesPersonaTest {
    private static final Path PAGES = folder();

    private static Path folder() {
        try {
            Path site = Files.createTempDirectory("mirage-http-iis");
            Files.writeString(site.resolve("intranet.htm"), "<html>phone list</html>");
            site.toFile().deleteOnExit();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RegisterExtension
    final Sensor sensor = Sensor.with("http").set("sensor.profile", "windows-2000").set("services.http.pages", PAGES.toString());

    @Test
    void aCustomPageIsServedAsIisWouldAndAMissingOneGetsIisNotFoundPage() throws Exception {
        String ok = exchange(sensor.port("http"), "GET /intranet.htm HTTP/1.0\r\n\r\n");
        assertThat(head(ok)).startsWith("HTTP/1.1 200 OK\r\nServer: Microsoft-IIS/5.0\r\nDate: ");
        assertThat(body(ok)).isEqualTo("<html>phone list</html>");
        // IIS's entity tag: the file time as a hex FILETIME, a colon, the metabase change number.
        assertThat(head(ok)).containsPattern("\r\nETag: \"[0-9a-f]{15,16}:8f6\"\r\n");
        String missing = exchange(sensor.port("http"), "GET /nothing.htm HTTP/1.0\r\n\r\n");
        assertThat(head(missing)).startsWith("HTTP/1.1 404 Object Not Found\r\nServer: Microsoft-IIS/5.0\r\n");
        // IIS served its error pages as files: with their length, never chunked.
        assertThat(head(missing)).contains("\r\nContent-Length: " + body(missing).length() + "\r\n").doesNotContain("chunked");
        assertThat(body(missing)).contains("The page cannot be found").contains("Internet Information Services");
    }
}
