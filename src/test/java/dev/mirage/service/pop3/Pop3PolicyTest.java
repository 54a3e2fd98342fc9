package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.config.MirageConfig;
import dev.mirage.personality.Chance;
import dev.mirage.personality.Personality;
import dev.mirage.profile.Profile;
import dev.mirage.profile.Profiles;
import dev.mirage.testing.Leaks;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one mapping of personality to POP3 behaviour, and the bounds the dice stay within. */
class Pop3PolicyTest {

    @Test
    void eachPersonalityDoesWhatItsNameSays() {
        Chance chance = new Chance(1);
        assertThat(Pop3Policy.of(Personality.OPEN).weakAccounts(chance)).isTrue();
        assertThat(Pop3Policy.of(Personality.FAILING).weakAccounts(chance)).isTrue();
        assertThat(Pop3Policy.of(Personality.SECURE).weakAccounts(chance)).isFalse();
        assertThat(Pop3Policy.of(Personality.AGGRESSIVE).weakAccounts(chance)).isFalse();
        assertThat(Pop3Policy.of(Personality.AGGRESSIVE).detectSystemAccounts()).isTrue();
        assertThat(Pop3Policy.of(Personality.AGGRESSIVE).bruteForce(2)).isFalse();
        assertThat(Pop3Policy.of(Personality.AGGRESSIVE).bruteForce(3)).isTrue();
        for (Personality p : EnumSet.complementOf(EnumSet.of(Personality.AGGRESSIVE))) {
            assertThat(Pop3Policy.of(p).bruteForce(100)).as(p.name()).isFalse();
            assertThat(Pop3Policy.of(p).detectSystemAccounts()).as(p.name()).isFalse();
        }
    }

    @Test
    void faultsOnlyWhenFailingAndDelaysOnlyWhenStrangeAndShort() {
        Chance chance = new Chance(9);
        Set<Pop3Fault> faults = EnumSet.noneOf(Pop3Fault.class);
        int lingered = 0;
        for (int i = 0; i < 5_000; i++) {
            faults.add(Pop3Policy.of(Personality.FAILING).fault(chance));
            int d = Pop3Policy.of(Personality.STRANGE).delay(chance);
            assertThat(d).isBetween(0, Pop3Policy.STRANGE_DELAY_MAX);
            lingered += d > 0 ? 1 : 0;
            for (Personality p : EnumSet.complementOf(EnumSet.of(Personality.FAILING))) {
                assertThat(Pop3Policy.of(p).fault(chance)).isEqualTo(Pop3Fault.NONE);
            }
            for (Personality p : EnumSet.complementOf(EnumSet.of(Personality.STRANGE))) {
                assertThat(Pop3Policy.of(p).delay(chance)).isZero();
            }
        }
        assertThat(faults).containsExactlyInAnyOrderElementsOf(Pop3Fault.FAULTS);
        assertThat(lingered).isBetween(250, 750);
    }

    @Test
    void aStrangeMailboxKeepsItsIdsUniqueAndItsMessagesWhole() {
        List<Message> messages = List.of(
                new Message(List.of("Subject: one"), List.of("a", "b"), "3c00000100000001"),
                new Message(List.of("Subject: two"), List.of("c"), "3c00000100000002"),
                new Message(List.of("Subject: three"), List.of(), "3c00000100000003"));
        Set<Integer> counts = new HashSet<>();
        Chance chance = new Chance(4);
        for (int i = 0; i < 200; i++) {
            List<Message> odd = StrangeMailbox.of(messages, chance);
            counts.add(odd.size());
            assertThat(odd).extracting(Message::uid).doesNotHaveDuplicates().allMatch(u -> u.matches("[0-9a-f]{16}"));
            for (Message m : odd) {
                Message original = messages.stream().filter(o -> o.header().equals(m.header())).findFirst().orElseThrow();
                assertThat(m.body().subList(0, original.body().size())).isEqualTo(original.body());
                assertThat(m.body().subList(original.body().size(), m.body().size())).allMatch(String::isEmpty);
            }
        }
        assertThat(counts).contains(2, 3, 4);
    }

    @Test
    void everyProfileHasWeakAccountsWithMailsAndWordsTheRestAsPop3() {
        for (String id : Profiles.builtInIds()) {
            Profile p = Profile.load(id);
            Pop3Texts t = p.section("pop3", Pop3Texts.class);
            List<MirageConfig.Account> weak = Pop3Context.weakAccounts(t, p.hostName());
            assertThat(weak).as(id).isNotEmpty();
            for (MirageConfig.Account a : weak) {
                assertThat(a.mails()).as(id).isNotEmpty().allSatisfy(m -> {
                    String all = m.from() + m.to() + m.subject() + m.body();
                    assertThat(all).as(id).doesNotContain("{user}", "{host}");
                    assertThat(Leaks.in(all)).as(id).isEmpty();
                });
            }
            assertThat(t.systemAccounts()).as(id).isNotEmpty();
            for (String text : List.of(t.detected(), t.failingLocked(), t.failingIo())) {
                assertThat(text).as(id).startsWith("-ERR ");
                assertThat(Leaks.in(text)).as(id).isEmpty();
            }
        }
    }
}
