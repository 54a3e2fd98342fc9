package dev.mirage.service.finger;

/**
 * The command table: the three kinds of finger query and where RFC 1288 specifies them. The
 * dispatcher ({@link FingerService}) maps each to its class under commands/.
 */
public enum FingerVerb {
    /** RFC 1288 section 2.5.2: {C} (or /W {C}) lists the users logged in. */
    LIST,
    /** RFC 1288 section 2.5.3: {U}{C} asks about users. */
    USER,
    /** RFC 1288 section 3.2.1: {U}@{H}{C} asks us to forward; refused. */
    FORWARD;

    static FingerVerb of(FingerState q) {
        if (q.forward() != null) {
            return FORWARD;
        }
        return q.names().isEmpty() ? LIST : USER;
    }
}
