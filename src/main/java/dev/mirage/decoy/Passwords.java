package dev.mirage.decoy;

import java.util.List;

/**
 * This installation's password and salt for each decoy account, drawn from the installation key,
 * so a restart writes the same files (a password stolen last week still matches) and no two
 * sensors share them.
 */
final class Passwords {
    /**
     * A hard password's characters: letters and digits without the look-alikes (0/O, 1/l/I) and the
     * symbols password policies ask for; 16 of them are some 96 bits, out of any cracker's reach.
     */
    static final String HARD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-.=@_";
    static final int HARD_LENGTH = 16;

    private final Derivation derive;
    private final String profile;
    private final Strength strength;

    Passwords(byte[] key, String profile, Strength strength) {
        this.derive = new Derivation(key);
        this.profile = profile;
        this.strength = strength;
    }

    /** The account's password at this strength; a machine account's is hard at every strength. */
    String of(DecoyTexts.Account a) {
        Strength s = a.isMachine() ? Strength.HARD : strength;
        return switch (s) {
            case HARD -> derive.chars(HARD_LENGTH, HARD_ALPHABET, "password", profile, s.label(), a.user());
            case EASY, WARNING -> wordAndDigits(WordList.EASY, s, a.user());
            case FUN -> wordAndDigits(WordList.FUN_PASSWORDS, s, a.user());
        };
    }

    /** A word of the list and two digits: what john's or hashcat's smallest word list with a ?d?d rule finds. */
    private String wordAndDigits(String list, Strength s, String user) {
        List<String> words = WordList.of(list);
        String word = words.get(derive.below(words.size(), "word", profile, s.label(), user));
        int digits = derive.below(100, "digits", profile, s.label(), user);
        return word + (digits < 10 ? "0" : "") + digits;
    }

    /** The crypt salt of an account's hash, as long as the scheme's own salts are. */
    String salt(Scheme scheme, String user) {
        return derive.chars(scheme.saltLength, Scheme.SALT_ALPHABET, "salt", profile, strength.label(), user);
    }

    /** The i-th pick (0, 1, ...) among n for the fun strength's extra accounts. */
    int pick(int n, int i) {
        return derive.below(n, "fun-account", profile, Integer.toString(i));
    }
}
