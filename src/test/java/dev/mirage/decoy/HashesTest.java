package dev.mirage.decoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hashes in the decoy files are the real ones: known vectors of each scheme. */
class HashesTest {
    private static String md4(String s) {
        return HexFormat.of().formatHex(Md4.digest(s.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void md4MatchesTheTestSuiteOfRfc1320() {
        // RFC 1320, appendix A.5.
        assertThat(md4("")).isEqualTo("31d6cfe0d16ae931b73c59d7e0c089c0");
        assertThat(md4("a")).isEqualTo("bde52cb31de33e46245e05fbdbd6fb24");
        assertThat(md4("abc")).isEqualTo("a448017aaf21d8525fc10ae87aa6729d");
        assertThat(md4("message digest")).isEqualTo("d9130a8164549fe818874806e1c7014b");
        assertThat(md4("abcdefghijklmnopqrstuvwxyz")).isEqualTo("d79e1c308aa5bbcdeea8ed63df412da9");
        assertThat(md4("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
                .isEqualTo("043f8582f241db351ce627e153e7f0e4");
        assertThat(md4("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))
                .isEqualTo("e33b4ddc9c38f2199c3e7b164fcc0536");
    }

    @Test
    void md4PadsAtEveryLengthAroundABlock() {
        // 55, 56 and 64 bytes: one block, two blocks (no room for the length), two blocks.
        assertThat(Md4.digest(new byte[55])).hasSize(16);
        assertThat(md4("a".repeat(56))).isNotEqualTo(md4("a".repeat(55)));
        assertThat(md4("a".repeat(64))).isNotEqualTo(md4("a".repeat(63)));
    }

    @Test
    void ntAndLmHashesAreTheOnesWindowsStores() {
        assertThat(WindowsHashes.nt("password")).isEqualTo("8846f7eaee8fb117ad06bdd830b7586c");
        assertThat(WindowsHashes.nt("")).isEqualTo("31d6cfe0d16ae931b73c59d7e0c089c0");
        assertThat(WindowsHashes.lm("password")).isEqualTo("e52cac67419a9a224a3b108f3fa6cb6d");
        assertThat(WindowsHashes.lm("PASSWORD")).isEqualTo("e52cac67419a9a224a3b108f3fa6cb6d");
        assertThat(WindowsHashes.lm("")).isEqualTo("aad3b435b51404eeaad3b435b51404ee");
        // Past 14 characters Windows keeps no LM hash; the dump then shows that of the empty password.
        assertThat(WindowsHashes.lm("fifteen-chars!!")).isEqualTo("aad3b435b51404eeaad3b435b51404ee");
    }

    @Test
    void cryptSchemesMatchTheSystemCrypt() {
        // Vectors from glibc/libxcrypt crypt(3); the SHA-512 one is from Drepper's specification.
        assertThat(Scheme.DES_CRYPT.values("password", "ab")).containsEntry("hash", "abJnggxhB/yWI");
        assertThat(Scheme.MD5_CRYPT.values("dragon42", "saltsalt"))
                .containsEntry("hash", "$1$saltsalt$WSS2meJJacuLJtHQSXsED0");
        assertThat(Scheme.SHA512_CRYPT.values("Hello world!", "saltstring")).containsEntry("hash",
                "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1");
        assertThat(Scheme.SHA512_CRYPT.values("dragon42", "0123456789abcdef")).containsEntry("hash",
                "$6$0123456789abcdef$wh/vSBbtIxmDTqnSAEV2TaOmFf/hJZt/g62dxiUoEG8PYbQKacdqXbPFrO/VVHVQQBffGumN8NnatFF0hscu./");
    }

    @Test
    void desCryptKeepsEightCharactersAndWindowsSchemesBothHashes() {
        assertThat(Scheme.DES_CRYPT.effective("sunshine42")).isEqualTo("sunshine");
        assertThat(Scheme.MD5_CRYPT.effective("sunshine42")).isEqualTo("sunshine42");
        assertThat(Scheme.LM_NT.values("password", "")).containsEntry("lm", "e52cac67419a9a224a3b108f3fa6cb6d")
                .containsEntry("nt", "8846f7eaee8fb117ad06bdd830b7586c");
        assertThat(Scheme.NT.values("password", "")).containsEntry("lm", "aad3b435b51404eeaad3b435b51404ee")
                .containsEntry("nt", "8846f7eaee8fb117ad06bdd830b7586c");
    }
}
