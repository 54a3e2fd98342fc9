package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A profile's raw reply is sent as written for its method, and only for it: Mac OS 9 Web Sharing never knew OPTIONS. */
class HttpRawReplyTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("http").set("sensor.profile", "macos");

    @Test
    void optionsGetsWebSharingsBareHttp10AnswerAndGetDoesNot() throws Exception {
        String options = exchange(sensor.port("http"), "OPTIONS / HTTP/1.0\r\n\r\n");
        assertThat(options).startsWith("HTTP/1.0 400 Bad Request\r\nServer: Web Sharing\r\nContent-type: text/html\r\n\r\n"
                + "<HTML><TITLE>400 Bad Request</TITLE>").doesNotContain("Date:");
        String get = exchange(sensor.port("http"), "GET / HTTP/1.0\r\n\r\n");
        assertThat(get).doesNotStartWith("HTTP/1.0 400").contains("Server: Web Sharing\r\n");
        var rows = sensor.awaitSessions(2);
        assertThat(rows).anySatisfy(r -> assertThat(r.reason()).isEqualTo("done"));
    }
}
