package dev.mirage.service.ssh;

import dev.mirage.service.shell.ShellTexts;
import java.util.List;

/**
 * Everything of the SSH persona an attacker can see, from the profile's {@code services.ssh}
 * section. The version is the whole identification line without CR LF (RFC 4253 section 4.2),
 * e.g. {@code SSH-1.99-OpenSSH_3.1p1} for an OpenSSH 3.1 with "Protocol 2,1".
 *
 * @param version               the identification line sent on connect
 * @param protocolMismatch      sent (with LF) when the client's first line is no SSH identification
 * @param majorMismatch         sent (with LF) when the client speaks a protocol major we do not
 * @param tooManyFailures       disconnect text after max-auth-tries failures; {user} is the user name
 * @param protocolError         disconnect text for a protocol or MAC error
 * @param otherDisconnect       disconnect text for any other reason (may be empty)
 * @param interactiveName       keyboard-interactive name field (RFC 4256 section 3.2)
 * @param interactiveInstruction keyboard-interactive instruction field
 * @param interactivePrompt     the one keyboard-interactive prompt, e.g. "Password: "
 * @param maxAuthTries          authentication requests before the disconnect (sshd MaxAuthTries)
 * @param loginGraceSeconds     seconds to authenticate before the connection is dropped (LoginGraceTime)
 * @param channelOpenFailure    text of a refused channel open (RFC 4254 section 5.1)
 * @param shell                 the system's weak accounts and the fake shell they reach (open personality)
 * @param failingShell          what sshd's child writes when home and shell fail (failing); {user}, {home}
 * @param detected              disconnect text for a root login or a repeated failure (aggressive): the
 *                              site's own policy notice
 * @param strangeBanners        user-auth banners (RFC 4252 section 5.4) the strange personality draws one
 *                              of per connection; "" for none
 */
public record SshTexts(String version, String protocolMismatch, String majorMismatch, String tooManyFailures,
                       String protocolError, String otherDisconnect, String interactiveName,
                       String interactiveInstruction, String interactivePrompt, int maxAuthTries,
                       int loginGraceSeconds, String channelOpenFailure, ShellTexts shell, String failingShell,
                       String detected, List<String> strangeBanners) {

    public SshTexts {
        version = version == null || version.isBlank() ? "SSH-2.0-" : version.strip();
        protocolMismatch = orEmpty(protocolMismatch);
        majorMismatch = orEmpty(majorMismatch);
        tooManyFailures = orEmpty(tooManyFailures);
        protocolError = orEmpty(protocolError);
        otherDisconnect = orEmpty(otherDisconnect);
        interactiveName = orEmpty(interactiveName);
        interactiveInstruction = orEmpty(interactiveInstruction);
        interactivePrompt = orEmpty(interactivePrompt);
        channelOpenFailure = orEmpty(channelOpenFailure);
        failingShell = orEmpty(failingShell);
        detected = orEmpty(detected);
        strangeBanners = strangeBanners == null ? List.of() : List.copyOf(strangeBanners);
        maxAuthTries = Math.max(1, maxAuthTries);
        loginGraceSeconds = Math.max(0, loginGraceSeconds);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
