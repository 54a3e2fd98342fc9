package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An HTTP/1.0 server (NCSA 1.5.2 on the Unisys profile) answers every client in HTTP/1.0 terms. */
class HttpOneZeroTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("http").set("sensor.profile", "unisys");

    @Test
    void anHttp11RequestGetsAnHttp10AnswerWithoutChunksOrKeepAliveAndNoHostIsAskedFor() throws Exception {
        String r = exchange(sensor.port("http"), "GET / HTTP/1.1\r\nUser-Agent: x\r\n\r\n");
        assertThat(head(r)).startsWith("HTTP/1.0 200 Document follows\r\nDate: ").contains("Server: NCSA/1.5.2\r\n")
                .contains("Connection: close\r\n").doesNotContain("chunked").doesNotContain("HTTP/1.1")
                // Entity tags and ranges came with HTTP/1.1: NCSA sent neither.
                .doesNotContain("ETag").doesNotContain("Accept-Ranges");
        assertThat(body(r)).isNotEmpty();
    }

    @Test
    void expectationsAreNotUnderstoodSoNeither100Nor417() throws Exception {
        String r = exchange(sensor.port("http"),
                "GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.0 200 ").doesNotContain("100 Continue");
        String odd = exchange(sensor.port("http"), "GET / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\n\r\n");
        assertThat(odd).startsWith("HTTP/1.0 200 ");
    }
}
