package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Strange personality: protocol-shaped but unpredictable, from the seeded dice: a banner of one line
 * or of three, recipients greylisted now and then, a relay that relays some recipients and not others.
 */
class SmtpStrangeTest {
    private static final String DEFERRED = "451 4.7.1 Please try again later";

    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "strange").set("sensor.seed", 11);

    @Test
    void theGreetingIsSometimesTheBannerOfManyLines() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
                List<String> greeting = d.expect("220");
                assertThat(greeting.get(0)).matches("220[- ]www ESMTP Sendmail 8\\.11\\.6/8\\.11\\.6; .*");
                if (greeting.size() > 1) {
                    assertThat(greeting.subList(1, greeting.size())).containsExactly(
                            "220-We do not authorize the use of this system to transport unsolicited,",
                            "220 and/or bulk e-mail.");
                }
                sizes.add(greeting.size());
            }
        }
        assertThat(sizes).contains(1, 3);
    }

    @Test
    void recipientsAreGreylistedNowAndThenAndSomeRelay() throws Exception {
        List<String> local = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220");
            d.command("HELO client", "250 ");
            d.command("MAIL FROM:<a@client.example>", "250 2.1.0 ");
            for (int i = 0; i < 6; i++) {
                local.add(d.command("RCPT TO:<root@www>", "").get(0));
                elsewhere.add(d.command("RCPT TO:<x" + i + "@elsewhere.example>", "").get(0));
            }
            d.command("QUIT", "221 ");
        }
        assertThat(local).containsOnly("250 2.1.5 <root@www>... Recipient ok", DEFERRED).contains(DEFERRED)
                .contains("250 2.1.5 <root@www>... Recipient ok");
        assertThat(elsewhere).allMatch(l -> l.equals(DEFERRED) || l.matches("250 2\\.1\\.5 <x\\d@elsewhere\\.example>\\.\\.\\. Recipient ok")
                || l.matches("550 5\\.7\\.1 <x\\d@elsewhere\\.example>\\.\\.\\. Relaying denied"));
        assertThat(elsewhere).anyMatch(l -> l.startsWith("250")).anyMatch(l -> l.startsWith("550"));
        Recorded r = Recorded.only(sensor);
        assertThat(r.commandsWithVerb("RCPT")).anyMatch(c -> c.path("mirage").path("tags").toString().contains("greylisted"));
    }
}
