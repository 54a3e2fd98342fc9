package dev.mirage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeaksTest {
    @Test
    void findsOurNamesButNotTheClaimedProducts() {
        assertThat(Leaks.in("SSH-2.0-APACHE-SSHD-2.20")).isNotEmpty();
        assertThat(Leaks.in("Server: Jetty(12)")).isNotEmpty();
        assertThat(Leaks.in("java.io.IOException: x")).isNotEmpty();
        assertThat(Leaks.in("Apache MINA")).isNotEmpty();
        assertThat(Leaks.in("Server: Apache/1.3.23 (Unix)  (Red-Hat/Linux)")).isEmpty();
        assertThat(Leaks.in("SSH-1.99-OpenSSH_3.1p1")).isEmpty();
        assertThat(Leaks.in("terminal type, nominal; javascript")).isEmpty();
    }
}
