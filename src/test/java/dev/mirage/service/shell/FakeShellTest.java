package dev.mirage.service.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.config.ConfigException;
import dev.mirage.personality.Chance;
import dev.mirage.profile.Profile;
import dev.mirage.service.telnet.TelnetTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fake shell and the login verdicts on their own: how lines are split and answered, and what each personality's rules decide. */
class FakeShellTest {
    private static final ShellTexts LINUX = Profile.load("linux").section("telnet", TelnetTexts.class).shell();
    private static final Account GUEST = LINUX.account("guest", "guest");

    private static FakeShell.Answer answer(String line) {
        return new FakeShell(LINUX, GUEST, 100).answer(line);
    }

    @Test
    void answersCannedQuietAndUnknownCommandsAsBashWould() {
        assertThat(answer("  id  ")).isEqualTo(new FakeShell.Answer("uid=500(guest) gid=500(guest) groups=500(guest)\n",
                false, 0));
        assertThat(answer("cd /tmp")).isEqualTo(new FakeShell.Answer("", false, 0));
        assertThat(answer("nproc")).isEqualTo(new FakeShell.Answer("-bash: nproc: command not found\n", false, 127));
        assertThat(answer("logout").exit()).isTrue();
        assertThat(answer("")).isEqualTo(new FakeShell.Answer("", false, 0));
    }

    @Test
    void splitsListsAndPipelinesLikeAShell() {
        assertThat(answer("uname;whoami").output()).isEqualTo("Linux\nguest\n");
        assertThat(answer("nproc && id || pwd").output()).isEqualTo("-bash: nproc: command not found\n/home/guest\n");
        // In a pipeline only the last command's output reaches the terminal; every unknown one complains.
        assertThat(answer("id | grep uid | wc -l").output())
                .isEqualTo("-bash: grep: command not found\n-bash: wc: command not found\n");
        assertThat(answer("id; exit; uname")).isEqualTo(new FakeShell.Answer(
                "uid=500(guest) gid=500(guest) groups=500(guest)\n", true, 0));
    }

    @Test
    void attackerTextIsNeitherExpandedNorAllowedToDrawOnTheTerminal() {
        assertThat(answer("{user}{home}\u001b[2J").output()).isEqualTo("-bash: {user}{home}[2J: command not found\n");
        String flood = "x;".repeat(10_000);
        assertThat(answer(flood).output().lines()).hasSize(FakeShell.MAX_PARTS);
    }

    @Test
    void theLineLimitLogsTheSessionOut() {
        FakeShell shell = new FakeShell(LINUX, GUEST, 2);
        shell.answer("id");
        assertThat(shell.exhausted()).isFalse();
        shell.answer("id");
        assertThat(shell.exhausted()).isTrue();
        assertThat(shell.exit()).isEqualTo("logout\n");
    }

    @Test
    void windowsNamesAndCommandsIgnoreCase() {
        ShellTexts win = Profile.load("windows-2000").section("telnet", TelnetTexts.class).shell();
        Account test = win.account("TEST", "test");
        assertThat(test).isNotNull();
        assertThat(win.account("test", "TEST")).isNull();
        assertThat(new FakeShell(win, test, 10).answer("VER").output()).isEqualTo("\nMicrosoft Windows 2000 [Version 5.00.2195]\n\n");
        assertThat(win.admin("administrator")).isTrue();
    }

    @Test
    void eachPersonalitysRulesDecideTheVerdict() {
        Chance dice = new Chance(7);
        Logins open = new Logins(LINUX, new LoginRules(true, false, 0, false, Integer.MAX_VALUE));
        assertThat(open.password(new Tries(), dice, "guest", "guest")).isEqualTo(new Login(Verdict.SHELL, GUEST));
        assertThat(open.password(new Tries(), dice, "root", "root").verdict()).isEqualTo(Verdict.INCORRECT);
        Logins secure = new Logins(LINUX, LoginRules.NONE);
        assertThat(secure.password(new Tries(), dice, "guest", "guest").verdict()).isEqualTo(Verdict.INCORRECT);
        Logins failing = new Logins(LINUX, new LoginRules(true, true, 0, false, Integer.MAX_VALUE));
        assertThat(failing.password(new Tries(), dice, "guest", "guest")).isEqualTo(new Login(Verdict.BROKEN, GUEST));
        Logins strange = new Logins(LINUX, new LoginRules(true, false, 100, false, Integer.MAX_VALUE));
        Tries tries = new Tries();
        assertThat(strange.password(tries, dice, "guest", "guest").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(strange.password(tries, dice, "guest", "guest").verdict()).isEqualTo(Verdict.SHELL);
        Logins aggressive = new Logins(LINUX, new LoginRules(false, false, 0, true, 1));
        assertThat(aggressive.password(new Tries(), dice, "ROOT", "x").verdict()).isEqualTo(Verdict.ROOT_LOGIN);
        assertThat(aggressive.key("root").verdict()).isEqualTo(Verdict.ROOT_LOGIN);
        Tries guesses = new Tries();
        assertThat(aggressive.password(guesses, dice, "admin", "admin").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(aggressive.password(guesses, dice, "guest", "guest").verdict()).isEqualTo(Verdict.BRUTE_FORCE);
    }

    @Test
    void aProfileWithoutAShellKeyIsRejectedWhenItLoads() throws Exception {
        String yaml;
        try (var in = Profile.class.getResourceAsStream("/profiles/linux.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\n      motd: [^\n]*", "");
        }
        Path folder = Files.createTempDirectory("profiles");
        try {
            Files.writeString(folder.resolve("linux.yaml"), yaml);
            Profile broken = Profile.load("linux", folder.toString());
            assertThatThrownBy(() -> broken.section("telnet", TelnetTexts.class)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("services.telnet").hasMessageContaining("shell.motd is missing");
        } finally {
            Files.deleteIfExists(folder.resolve("linux.yaml"));
            Files.deleteIfExists(folder);
        }
    }
}
