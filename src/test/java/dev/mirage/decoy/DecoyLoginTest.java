package dev.mirage.decoy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.personality.Chance;
import dev.mirage.profile.Profile;
import dev.mirage.service.shell.Account;
import dev.mirage.service.shell.Login;
import dev.mirage.service.shell.LoginRules;
import dev.mirage.service.shell.Logins;
import dev.mirage.service.shell.ShellTexts;
import dev.mirage.service.shell.Tries;
import dev.mirage.service.shell.Verdict;
import dev.mirage.service.telnet.TelnetTexts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A password cracked from a decoy file opens that user's fake shell where weak accounts work, never an admin's. */
class DecoyLoginTest {
    private static final LoginRules OPEN = new LoginRules(true, false, 0, false, Integer.MAX_VALUE);
    private static final Install KEY = Install.of(Arrays.copyOf("decoy-login-test".getBytes(StandardCharsets.US_ASCII), 32));

    private static Logins logins(String profile, LoginRules rules, Decoys decoys) {
        ShellTexts shell = Profile.load(profile).section("telnet", TelnetTexts.class).shell();
        return new Logins(shell, rules, decoys);
    }

    @Test
    void aCrackedUnixPasswordOpensItsOwnersShellWithTheFilesUidAndHome() {
        Decoys decoys = Decoys.create(Profile.load("linux"), "easy", KEY);
        String jsmith = decoys.credentials().get("jsmith");
        Login in = logins("linux", OPEN, decoys).password(new Tries(), new Chance(1), "jsmith", jsmith);
        assertThat(in).isEqualTo(new Login(Verdict.SHELL, new Account("jsmith", jsmith, 500, "/home/jsmith")));
        assertThat(logins("linux", OPEN, decoys).password(new Tries(), new Chance(1), "jsmith", jsmith + "x").verdict())
                .isEqualTo(Verdict.INCORRECT);
        // Root's cracked password opens nothing: no admin logs in from the network.
        String root = decoys.credentials().get("root");
        assertThat(logins("linux", OPEN, decoys).password(new Tries(), new Chance(1), "root", root).verdict())
                .isEqualTo(Verdict.INCORRECT);
        // A hardened server lets no one in, cracked or not.
        assertThat(logins("linux", LoginRules.NONE, decoys).password(new Tries(), new Chance(1), "jsmith", jsmith).verdict())
                .isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void aWindowsDecoyWithoutHomeGetsOneShapedLikeTheWeakAccounts() {
        Decoys decoys = Decoys.create(Profile.load("windows-2000"), "easy", KEY);
        String webmaster = decoys.credentials().get("webmaster");
        Login in = logins("windows-2000", OPEN, decoys).password(new Tries(), new Chance(1), "WEBMASTER", webmaster);
        assertThat(in.verdict()).isEqualTo(Verdict.SHELL);
        assertThat(in.account().home()).isEqualTo("C:\\Documents and Settings\\webmaster");
    }
}
