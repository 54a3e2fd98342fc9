package dev.mirage.decoy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Numbers drawn from the installation key with HMAC-SHA256: the same key and labels give the same
 * numbers after a restart, another installation's key gives others, and nobody without the key
 * (kept in DATA/install.key) can work them out from what the files show.
 */
final class Derivation {
    private final Mac mac;

    Derivation(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }

    /** n bytes for these labels: HMAC(key, labels separated by NUL, block counter), block after block. */
    byte[] bytes(int n, String... labels) {
        byte[] out = new byte[n];
        int filled = 0;
        for (int counter = 0; filled < n; counter++) {
            for (String l : labels) {
                mac.update(l.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            mac.update((byte) counter);
            byte[] block = mac.doFinal();
            int take = Math.min(block.length, n - filled);
            System.arraycopy(block, 0, out, filled, take);
            filled += take;
        }
        return out;
    }

    /** A number in [0, bound) for these labels (from 64 bits: the bias is far below anything visible). */
    int below(int bound, String... labels) {
        byte[] b = bytes(8, labels);
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xff);
        }
        return (int) Long.remainderUnsigned(v, bound);
    }

    /** n characters of an alphabet, each drawn from 16 bits (the bias for a small alphabet is negligible). */
    String chars(int n, String alphabet, String... labels) {
        byte[] b = bytes(n * 2, labels);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int v = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
            s.append(alphabet.charAt(v % alphabet.length()));
        }
        return s.toString();
    }
}
