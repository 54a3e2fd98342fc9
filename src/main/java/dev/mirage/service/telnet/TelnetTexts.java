package dev.mirage.service.telnet;

import dev.mirage.service.shell.ShellTexts;
import java.util.List;

/**
 * Everything the Telnet client sees, from the profile's services.telnet section.
 *
 * @param offer the options sent at connect time, in order ("DO TTYPE", ...), before waiting for answers
 * @param subnegotiate options whose value we ask for (SB x SEND) when the client agreed to them, in order
 * @param offerAfter the options sent after those answers ("WILL SGA", "DO ECHO", ...)
 * @param willEcho whether the server then offers to echo (WILL ECHO) so that it can hide the password
 * @param banner the pre-login banner (issue.net)
 * @param loginPrompt the user name prompt
 * @param passwordPrompt the password prompt
 * @param afterPassword what follows the (unechoed) password line
 * @param loginIncorrect the answer to each wrong try but the last, before the next prompt
 * @param lastIncorrect the answer to the last try, before the connection closes
 * @param tries how many tries before the connection closes
 * @param areYouThere the answer to IAC AYT
 * @param shell the system's weak accounts and the fake shell they reach (open personality)
 * @param failingLogin what login says after a right password when home and shell fail (failing);
 *        {user} and {home} of the account
 * @param detected what login says to a root login or a repeated failure before it hangs up (aggressive):
 *        the site's own policy text
 * @param strangeBanners banners the strange personality draws one of per session instead of the banner
 */
public record TelnetTexts(List<String> offer, List<String> subnegotiate, List<String> offerAfter, boolean willEcho,
                          String banner, String loginPrompt, String passwordPrompt, String afterPassword,
                          String loginIncorrect, String lastIncorrect, int tries, String areYouThere,
                          ShellTexts shell, String failingLogin, String detected, List<String> strangeBanners) {
    public TelnetTexts {
        offer = offer == null ? List.of() : List.copyOf(offer);
        subnegotiate = subnegotiate == null ? List.of() : List.copyOf(subnegotiate);
        offerAfter = offerAfter == null ? List.of() : List.copyOf(offerAfter);
        tries = Math.max(1, tries);
        failingLogin = failingLogin == null ? "" : failingLogin;
        detected = detected == null ? "" : detected;
        strangeBanners = strangeBanners == null ? List.of() : List.copyOf(strangeBanners);
    }
}
