package dev.mirage.service.ssh;

import dev.mirage.personality.Chance;
import dev.mirage.service.shell.Account;
import dev.mirage.service.shell.Tries;

/**
 * One SSH connection's state: its dice and what they decided once at the start (failing: cut during
 * key exchange, or the first password answered with a corrupted-MAC disconnect; strange: the banner),
 * the login tries, and the weak account it reached. The engine's callbacks find it through the bridge.
 */
final class SshState {
    private final Chance chance;
    private final Tries tries = new Tries();
    private final boolean reset;
    private final String banner;
    private boolean corrupt;
    private volatile Account account;
    private volatile boolean broken;
    private int channels;
    private int recorded;

    SshState(Chance chance, SshPolicy policy, SshTexts texts) {
        this.chance = chance;
        this.reset = chance.percent(policy.resetPercent());
        this.corrupt = !reset && chance.percent(policy.corruptPercent());
        this.banner = policy.strangeBanner() && !texts.strangeBanners().isEmpty()
                ? chance.pick(texts.strangeBanners()) : "";
    }

    Chance chance() {
        return chance;
    }

    Tries tries() {
        return tries;
    }

    /** Failing: the connection is cut right after the identification exchange. */
    boolean reset() {
        return reset;
    }

    /** The user-auth banner of this connection (strange), or "" for none. */
    String banner() {
        return banner;
    }

    /** Failing: true once, at the first password, when this connection's dice said so. */
    synchronized boolean takeCorrupt() {
        boolean c = corrupt;
        corrupt = false;
        return c;
    }

    /** The weak account logged in; {@code broken} when its home and shell fail (failing). */
    void loggedIn(Account a, boolean broken) {
        this.broken = broken;
        this.account = a;
    }

    Account account() {
        return account;
    }

    boolean broken() {
        return broken;
    }

    /** Counts a session channel; false once the connection has opened its share. */
    synchronized boolean mayOpenChannel(int max) {
        return channels++ < max;
    }

    /** Counts a recorded request (pty, env); false once the connection has recorded its share. */
    synchronized boolean mayRecord(int max) {
        return recorded++ < max;
    }
}
