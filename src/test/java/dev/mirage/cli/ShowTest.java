package dev.mirage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Cli;
import dev.mirage.testing.Sensor;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShowTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("generic").set("limits.trap-window", "200ms");

    @Test
    void printsEveryHostileByteEscaped() throws Exception {
        byte[] hostile = {0x1b, '[', '2', 'J', 0, 'o', 'k', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x07, '\r', '\n'};
        try (Socket s = new Socket("127.0.0.1", sensor.port("generic"))) {
            s.getOutputStream().write(hostile);
            s.getInputStream().read();
        }
        SessionRow r = sensor.sessions().get(0);
        Cli show = Cli.run("show", "--data", sensor.data().toString(), r.id());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("\\x1b[2J\\x00ok\\xff\\xfe\\xc3\\x07\\r\\n");
        assertThat(show.out()).contains("session.connect").contains("trap.hit").contains("session.close");
        assertThat(show.out().chars().filter(c -> c < 0x20 && c != '\n').count()).as("no raw control byte").isZero();
        assertThat(show.out()).doesNotContain("\u001b").doesNotContain("\u0000");

        Cli prefix = Cli.run("show", "--data", sensor.data().toString(), r.id().substring(0, 12));
        assertThat(prefix.out()).contains(r.id());
        Cli missing = Cli.run("show", "--data", sensor.data().toString(), "zzzzzz");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no session");
    }
}
