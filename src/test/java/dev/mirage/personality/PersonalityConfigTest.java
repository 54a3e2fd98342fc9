package dev.mirage.personality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.config.ConfigLoader;
import dev.mirage.config.MirageConfig;
import dev.mirage.profile.Profile;
import dev.mirage.session.ServiceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sensor's personality, a service's own override of it, and the seeded dice of the strange and failing ones. */
class PersonalityConfigTest {
    @TempDir
    Path dir;

    private MirageConfig load(String yaml) throws Exception {
        Path f = dir.resolve("mirage.yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, null);
    }

    @Test
    void aServiceFollowsTheSensorUnlessItHasItsOwn() throws Exception {
        MirageConfig c = load("sensor: { personality: secure }\nservices:\n  ftp: { personality: aggressive }\n");
        ServiceContext ctx = ServiceContext.of(c, Profile.load("linux"));
        assertThat(ctx.personality("ftp")).isEqualTo(Personality.AGGRESSIVE);
        for (String s : List.of("ssh", "telnet", "smtp", "finger", "http", "pop3")) {
            assertThat(ctx.personality(s)).as(s).isEqualTo(Personality.SECURE);
        }
    }

    @Test
    void aBadPersonalityIsNamedWithItsKeyAndTheFix() {
        assertThatThrownBy(() -> load("services:\n  telnet: { personality: grumpy }\n"))
                .hasMessageContaining("services.telnet.personality").hasMessageContaining("grumpy")
                .hasMessageContaining("open, secure, failing, strange, aggressive");
        assertThatThrownBy(() -> load("sensor: { personality: nice }\n"))
                .hasMessageContaining("sensor.personality").hasMessageContaining("nice");
        assertThatThrownBy(() -> load("decoys: { strength: medium }\n"))
                .hasMessageContaining("decoys.strength").hasMessageContaining("medium")
                .hasMessageContaining("easy, hard, fun, warning");
    }

    @Test
    void theSameSeedDealsTheSameDiceToTheSameSessionOfAService() {
        assertThat(rolls(new Chances(42), "ftp")).isEqualTo(rolls(new Chances(42), "ftp"));
        assertThat(rolls(new Chances(42), "ftp")).isNotEqualTo(rolls(new Chances(43), "ftp"));
        assertThat(rolls(new Chances(42), "ftp")).isNotEqualTo(rolls(new Chances(42), "smtp"));
        Chances one = new Chances(42);
        assertThat(rolls(one, "ftp")).as("the next session gets other dice").isNotEqualTo(rolls(one, "ftp"));
    }

    private static List<Integer> rolls(Chances chances, String service) {
        Chance c = chances.next(service);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(c.below(1000));
        }
        return out;
    }
}
