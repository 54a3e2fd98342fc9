package dev.mirage.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.config.Alerts;
import dev.mirage.event.AuthAttempt;
import dev.mirage.event.Origin;
import dev.mirage.event.SessionClosed;
import dev.mirage.event.SessionOpened;
import dev.mirage.recorder.Recorder.Recorded;
import dev.mirage.sink.mail.EmailChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Incidents per source and window, ignore rules, severities, and a channel's minimum severity. */
class IncidentsTest {
    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void oneIncidentPerSourceWithIgnoreRules() throws Exception {
        BlockingQueue<Alert> out = new LinkedBlockingQueue<>();
        Alerts config = new Alerts(Duration.ofMillis(300), List.of(new Alerts.Ignore("10.0.0.0/8", "http", null),
                new Alerts.Ignore(null, null, "session.connect")), null, null, false, null);
        Incidents incidents = new Incidents(config, out::add);
        try {
            Origin a = origin("s1", "192.0.2.7", "ftp");
            incidents.accept(new Recorded(new SessionOpened(a), 1, 2));       // ignored: session.connect
            incidents.accept(new Recorded(new AuthAttempt(T, a, "password", "root", "toor", false), 0, 0));
            incidents.accept(new Recorded(new SessionClosed(T, a, "eof", 1, 1), 0, 0));
            incidents.accept(new Recorded(new AuthAttempt(T, origin("s2", "10.1.2.3", "http"), "basic", "x", "y", false), 0, 0));
            incidents.accept(new Recorded(new AuthAttempt(T, origin("s3", "10.1.2.3", "ftp"), "password", "u", "p", true), 0, 0));

            Alert first = out.poll(5, TimeUnit.SECONDS);
            Alert second = out.poll(5, TimeUnit.SECONDS);
            assertThat(List.of(first.sourceIp(), second.sourceIp())).containsExactlyInAnyOrder("192.0.2.7", "10.1.2.3");
            Alert ftp = first.sourceIp().equals("192.0.2.7") ? first : second;
            Alert other = ftp == first ? second : first;
            assertThat(ftp.kind()).isEqualTo(Alert.Kind.OPEN);
            assertThat(ftp.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(ftp.credentials()).containsExactly("root / toor (ftp password)");
            assertThat(other.severity()).as("a decoy credential that works").isEqualTo(Severity.HIGH);
            assertThat(other.credentials()).as("the http attempt is ignored").hasSize(1);
            assertThat(out.poll(700, TimeUnit.MILLISECONDS)).as("nothing joined: no follow-up").isNull();
        } finally {
            incidents.close();
        }
    }

    @Test
    void minimumSeverityPerChannel() {
        Alerts.Email email = new Alerts.Email(new Alerts.Smtp("127.0.0.1", 25, "none", "", ""), "s <a@b.example>",
                List.of("soc@example.org"), List.of("pager@example.org"), Duration.ZERO, "medium");
        EmailChannel detailed = new EmailChannel(email, EmailChannel.Audience.DETAILED, "S");
        EmailChannel pager = new EmailChannel(email, EmailChannel.Audience.SHORT, "S");
        Alert low = alert(Alert.Kind.OPEN, Severity.LOW);
        Alert high = alert(Alert.Kind.OPEN, Severity.HIGH);
        Alert follow = alert(Alert.Kind.FOLLOW_UP, Severity.HIGH);
        assertThat(detailed.wants(low)).isFalse();
        assertThat(detailed.wants(high)).isTrue();
        assertThat(detailed.wants(follow)).isTrue();
        assertThat(pager.wants(high)).isTrue();
        assertThat(pager.wants(follow)).as("follow-ups go to the detailed list only").isFalse();
    }

    private static Alert alert(Alert.Kind kind, Severity s) {
        return new Alert(kind, s, T, "S", "192.0.2.7", "ftp", new Alert.Attempt(1, 1), null, 1, null, null, null, null);
    }

    private static Origin origin(String id, String ip, String service) {
        return new Origin(id, "S", service, false, ip, 40000, "198.51.100.1", 21, T);
    }
}
