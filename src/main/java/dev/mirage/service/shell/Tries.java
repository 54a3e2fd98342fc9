package dev.mirage.service.shell;

/** One session's login history: failures so far, and whether the strange refusal of a right password was spent. */
public final class Tries {
    private int failures;
    private boolean firstRightSeen;

    public int failures() {
        return failures;
    }

    void failed() {
        failures++;
    }

    /** True the first time a right password comes in this session. */
    boolean firstRight() {
        if (firstRightSeen) {
            return false;
        }
        firstRightSeen = true;
        return true;
    }
}
