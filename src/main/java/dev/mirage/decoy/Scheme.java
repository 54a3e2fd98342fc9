package dev.mirage.decoy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.Md5Crypt;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.apache.commons.codec.digest.UnixCrypt;

/**
 * How a persona stores a password: the crypt(3) scheme of its era for Unix, the SAM's hashes for
 * Windows. Each gives the values its file lines may name: {hash} for crypt, {lm} and {nt} for
 * Windows. The hashes are real, so a cracker recovers an easy password as it would on the system.
 */
enum Scheme {
    /** Traditional DES crypt: 2 salt characters, only the first 8 characters of a password count. */
    DES_CRYPT("des-crypt", 2, 8),
    /** Poul-Henning Kamp's MD5 crypt, "$1$" (Linux from the late 1990s, FreeBSD, Cisco). */
    MD5_CRYPT("md5-crypt", 8, 0),
    /** Ulrich Drepper's SHA-512 crypt, "$6$", 5000 rounds (glibc 2.7 on, the Linux default until yescrypt). */
    SHA512_CRYPT("sha512-crypt", 16, 0),
    /** A Windows SAM with LM and NT hashes (NT 4 to Windows Server 2003). */
    LM_NT("lm-nt", 0, 0),
    /** A Windows SAM without LM hashes (NoLMHash, the default from Vista and Server 2008 on). */
    NT("nt", 0, 0);

    /** crypt(3)'s salt alphabet. */
    static final String SALT_ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    final String id;
    final int saltLength;
    private final int maxPassword;

    Scheme(String id, int saltLength, int maxPassword) {
        this.id = id;
        this.saltLength = saltLength;
        this.maxPassword = maxPassword;
    }

    static Scheme of(String id) {
        for (Scheme s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    static String ids() {
        return Arrays.stream(values()).map(s -> s.id).collect(Collectors.joining(", "));
    }

    boolean windows() {
        return this == LM_NT || this == NT;
    }

    /** The password as the system keeps it: DES crypt ignores everything past 8 characters. */
    String effective(String password) {
        return maxPassword > 0 && password.length() > maxPassword ? password.substring(0, maxPassword) : password;
    }

    /** The values a file line may name for one password and salt ({hash}, or {lm} and {nt}). */
    Map<String, String> values(String password, String salt) {
        Map<String, String> v = new LinkedHashMap<>();
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        switch (this) {
            case DES_CRYPT -> v.put("hash", UnixCrypt.crypt(pw, salt));
            case MD5_CRYPT -> v.put("hash", Md5Crypt.md5Crypt(pw, "$1$" + salt));
            case SHA512_CRYPT -> v.put("hash", Sha2Crypt.sha512Crypt(pw, "$6$" + salt));
            case LM_NT -> {
                v.put("lm", WindowsHashes.lm(password));
                v.put("nt", WindowsHashes.nt(password));
            }
            case NT -> {
                v.put("lm", WindowsHashes.lm(""));
                v.put("nt", WindowsHashes.nt(password));
            }
        }
        return v;
    }

    /** The names a line may use for an account without a password (locked or blank). */
    Map<String, String> noPassword(String locked) {
        if (windows()) {
            return values("", "");
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("hash", locked == null ? "" : locked);
        return v;
    }
}
