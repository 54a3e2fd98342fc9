package dev.mirage.service.shell;

/** What a login attempt leads to. */
public enum Verdict {
    /** The weak account logs in to the fake shell. */
    SHELL,
    /** Wrong user or password (or a right one the strange personality refuses once). */
    INCORRECT,
    /** The password was right, but the home directory or shell fails (failing personality). */
    BROKEN,
    /** A root or Administrator login from the network: detected (aggressive). */
    ROOT_LOGIN,
    /** A failed login after the allowed ones: detected as brute force (aggressive). */
    BRUTE_FORCE;

    /** The misbehaviour kind recorded for a detected attempt, or null. */
    public String misbehaviour() {
        return switch (this) {
            case ROOT_LOGIN -> "root-login";
            case BRUTE_FORCE -> "brute-force";
            default -> null;
        };
    }

    /** True when the credential itself was right (the auth attempt succeeded, whatever followed). */
    public boolean accepted() {
        return this == SHELL || this == BROKEN;
    }
}
