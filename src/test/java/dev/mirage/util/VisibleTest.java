package dev.mirage.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
    @Test
    void escapesControlBytesNulAndInvalidUtf8() {
        byte[] b = {'a', 0x1b, '[', '2', 'J', 0, (byte) 0xff, (byte) 0xc3, '\r', '\n', '\\'};
        assertThat(Visible.of(b)).isEqualTo("a\\x1b[2J\\x00\\xff\\xc3\\r\\n\\\\");
    }

    @Test
    void keepsPrintableUnicodeButNotBidiOverrides() {
        assertThat(Visible.of("café ✓")).isEqualTo("café ✓");
        assertThat(Visible.of("a\u202eb")).isEqualTo("a\\u{202e}b");
        assertThat(Visible.of(new byte[] {(byte) 0xc2, (byte) 0x9b})).isEqualTo("\\u{9b}");
        assertThat(Visible.of(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isEqualTo("\\xed\\xa0\\x80");
        assertThat(Visible.of(new byte[] {(byte) 0xc0, (byte) 0x80})).isEqualTo("\\xc0\\x80");
    }
}
