package dev.mirage.decoy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two password hashes of a Windows SAM, as pwdump-style tools print them (lower-case hex):
 * the NT hash, MD4 of the password in UTF-16LE, and the LAN Manager hash, the constant "KGS!@#$%"
 * DES-encrypted under each 7-byte half of the upper-cased password padded to 14 bytes. Windows
 * keeps no LM hash for a password longer than 14 characters, nor since Vista by default; it then
 * shows the LM hash of the empty password.
 */
final class WindowsHashes {
    static final int LM_MAX = 14;
    private static final byte[] LM_MAGIC = "KGS!@#$%".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private WindowsHashes() {
    }

    static String nt(String password) {
        return HEX.formatHex(Md4.digest(password.getBytes(StandardCharsets.UTF_16LE)));
    }

    /** The LM hash; that of the empty password for a password Windows would keep none for. */
    static String lm(String password) {
        String p = password.length() > LM_MAX ? "" : password.toUpperCase(Locale.ROOT);
        byte[] key14 = new byte[LM_MAX];
        byte[] bytes = p.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, key14, 0, bytes.length);
        byte[] out = new byte[16];
        System.arraycopy(des(key14, 0), 0, out, 0, 8);
        System.arraycopy(des(key14, 7), 0, out, 8, 8);
        return HEX.formatHex(out);
    }

    /** Encrypts the magic under the 56-bit key at from..from+6, spread over 8 bytes (the low parity bit unused). */
    private static byte[] des(byte[] key14, int from) {
        byte[] k = new byte[8];
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = bits << 8 | (key14[from + i] & 0xff);
        }
        for (int i = 0; i < 8; i++) {
            k[i] = (byte) (((bits >>> (49 - 7 * i)) & 0x7f) << 1);
        }
        try {
            Cipher des = Cipher.getInstance("DES/ECB/NoPadding");
            des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "DES"));
            return des.doFinal(LM_MAGIC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no DES, which the LM hash needs", e);
        }
    }
}
