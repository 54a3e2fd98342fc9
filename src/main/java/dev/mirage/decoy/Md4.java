package dev.mirage.decoy;

import java.util.Arrays;

/**
 * MD4 (RFC 1320), the digest under the Windows NT password hash. The JDK has no MD4 (it is broken
 * as a digest, which does not matter here: we need the exact hash Windows stores, not a safe one).
 */
final class Md4 {
    private Md4() {
    }

    static byte[] digest(byte[] message) {
        // Section 3.1-3.2: append 0x80, zeros up to 56 mod 64, then the bit length little-endian.
        int padded = ((message.length + 8) / 64 + 1) * 64;
        byte[] m = Arrays.copyOf(message, padded);
        m[message.length] = (byte) 0x80;
        long bits = (long) message.length * 8;
        for (int i = 0; i < 8; i++) {
            m[padded - 8 + i] = (byte) (bits >>> (8 * i));
        }
        // Section 3.3: the four words of the buffer.
        int a = 0x67452301;
        int b = 0xefcdab89;
        int c = 0x98badcfe;
        int d = 0x10325476;
        int[] x = new int[16];
        for (int block = 0; block < padded; block += 64) {
            for (int i = 0; i < 16; i++) {
                int o = block + 4 * i;
                x[i] = (m[o] & 0xff) | (m[o + 1] & 0xff) << 8 | (m[o + 2] & 0xff) << 16 | (m[o + 3] & 0xff) << 24;
            }
            int aa = a;
            int bb = b;
            int cc = c;
            int dd = d;
            // Section 3.4, round 1: F(X,Y,Z) = XY v not(X) Z, words in order, shifts 3 7 11 19.
            for (int i = 0; i < 16; i += 4) {
                a = Integer.rotateLeft(a + f(b, c, d) + x[i], 3);
                d = Integer.rotateLeft(d + f(a, b, c) + x[i + 1], 7);
                c = Integer.rotateLeft(c + f(d, a, b) + x[i + 2], 11);
                b = Integer.rotateLeft(b + f(c, d, a) + x[i + 3], 19);
            }
            // Round 2: G(X,Y,Z) = XY v XZ v YZ, words by columns, plus sqrt(2) (0x5A827999), shifts 3 5 9 13.
            for (int i = 0; i < 4; i++) {
                a = Integer.rotateLeft(a + g(b, c, d) + x[i] + 0x5a827999, 3);
                d = Integer.rotateLeft(d + g(a, b, c) + x[i + 4] + 0x5a827999, 5);
                c = Integer.rotateLeft(c + g(d, a, b) + x[i + 8] + 0x5a827999, 9);
                b = Integer.rotateLeft(b + g(c, d, a) + x[i + 12] + 0x5a827999, 13);
            }
            // Round 3: H(X,Y,Z) = X xor Y xor Z, words 0 8 4 12 2 10 6 14 1 9 5 13 3 11 7 15,
            // plus sqrt(3) (0x6ED9EBA1), shifts 3 9 11 15.
            for (int i : new int[] {0, 2, 1, 3}) {
                a = Integer.rotateLeft(a + (b ^ c ^ d) + x[i] + 0x6ed9eba1, 3);
                d = Integer.rotateLeft(d + (a ^ b ^ c) + x[i + 8] + 0x6ed9eba1, 9);
                c = Integer.rotateLeft(c + (d ^ a ^ b) + x[i + 4] + 0x6ed9eba1, 11);
                b = Integer.rotateLeft(b + (c ^ d ^ a) + x[i + 12] + 0x6ed9eba1, 15);
            }
            a += aa;
            b += bb;
            c += cc;
            d += dd;
        }
        byte[] out = new byte[16];
        int[] words = {a, b, c, d};
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < 4; i++) {
                out[4 * w + i] = (byte) (words[w] >>> (8 * i));
            }
        }
        return out;
    }

    private static int f(int x, int y, int z) {
        return (x & y) | (~x & z);
    }

    private static int g(int x, int y, int z) {
        return (x & y) | (x & z) | (y & z);
    }
}
