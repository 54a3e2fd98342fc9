package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.personality.Chance;
import dev.mirage.personality.Personality;
import dev.mirage.profile.Profile;
import dev.mirage.profile.Profiles;
import dev.mirage.testing.Leaks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one mapping of personality to SMTP behaviour, and the bounds the dice stay within. */
class SmtpPolicyTest {

    @Test
    void eachPersonalityDoesWhatItsNameSays() {
        SmtpPolicy open = SmtpPolicy.of(Personality.OPEN);
        assertThat(open.relays(new Chance(1))).isTrue();
        assertThat(open.anyLoginWorks()).isTrue();
        for (Personality p : EnumSet.complementOf(EnumSet.of(Personality.OPEN, Personality.STRANGE))) {
            assertThat(SmtpPolicy.of(p).relays(new Chance(1))).as(p.name()).isFalse();
            assertThat(SmtpPolicy.of(p).anyLoginWorks()).as(p.name()).isFalse();
        }
        assertThat(SmtpPolicy.of(Personality.AGGRESSIVE).detectRelay()).isTrue();
        assertThat(SmtpPolicy.of(Personality.AGGRESSIVE).bruteForce(2)).isFalse();
        assertThat(SmtpPolicy.of(Personality.AGGRESSIVE).bruteForce(3)).isTrue();
        assertThat(SmtpPolicy.of(Personality.SECURE).bruteForce(100)).isFalse();
    }

    @Test
    void onlyAFailingServerHasFaultsAndItMeetsEachOfThem() {
        Chance chance = new Chance(3);
        Set<SmtpFault> seen = EnumSet.noneOf(SmtpFault.class);
        for (int i = 0; i < 200; i++) {
            seen.add(SmtpPolicy.of(Personality.FAILING).fault(chance));
            assertThat(SmtpPolicy.of(Personality.STRANGE).fault(chance)).isEqualTo(SmtpFault.NONE);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(SmtpFault.FAULTS);
    }

    @Test
    void onlyAStrangeServerLingersAndNeverLong() {
        Chance chance = new Chance(5);
        int lingered = 0;
        for (int i = 0; i < 10_000; i++) {
            int d = SmtpPolicy.of(Personality.STRANGE).delay(chance);
            assertThat(d).isBetween(0, SmtpPolicy.STRANGE_DELAY_MAX);
            lingered += d > 0 ? 1 : 0;
            for (Personality p : EnumSet.complementOf(EnumSet.of(Personality.STRANGE))) {
                assertThat(SmtpPolicy.of(p).delay(chance)).isZero();
            }
        }
        assertThat(lingered).isBetween(1_500, 2_500);
    }

    @Test
    void everyProfileWordsThePersonalitiesInSmtpShape() {
        for (String id : Profiles.builtInIds()) {
            SmtpTexts t = Profile.load(id).section("smtp", SmtpTexts.class);
            assertThat(t.detected()).as(id).matches("[45]\\d\\d .+");
            assertThat(t.failingGreeting()).as(id).matches("421 .+");
            assertThat(t.failingMail()).as(id).matches("4\\d\\d .+");
            assertThat(t.failingData()).as(id).matches("4\\d\\d .+");
            assertThat(t.strangeDeferred()).as(id).matches("45\\d .+");
            List<String> banner = t.strangeGreeting();
            assertThat(banner).as(id).hasSizeGreaterThan(1).allMatch(l -> l.matches("220[- ].+"));
            assertThat(banner.getLast()).as(id).startsWith("220 ");
            for (String text : List.of(t.detected(), t.failingGreeting(), t.failingMail(), t.failingData(),
                    t.strangeDeferred(), String.join("\n", banner))) {
                assertThat(Leaks.in(text)).as(id).isEmpty();
            }
        }
    }
}
