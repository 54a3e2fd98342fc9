package dev.mirage.decoy;

import java.util.Locale;

/**
 * Specter's four kinds of decoy password file (decoys.strength). Easy: common words with two digits,
 * cracked in seconds, so the attacker comes back with them. Hard: long random passwords. Fun: amusing
 * passwords and a few amusing extra accounts. Warning: tells the reader the access was noticed, and
 * still holds easy credentials, so whoever uses them anyway is seen.
 */
enum Strength {
    EASY, HARD, FUN, WARNING;

    static Strength of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
