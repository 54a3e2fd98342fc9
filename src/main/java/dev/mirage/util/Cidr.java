package dev.mirage.util;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address or CIDR block, IPv4 or IPv6, from literals only: nothing here ever asks DNS. */
public record Cidr(byte[] network, int prefix) {

    /** Parses "10.0.0.0/8", "192.0.2.7" or "2001:db8::/32"; null when it is neither. */
    public static Cidr parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        byte[] bytes = literal(slash < 0 ? t : t.substring(0, slash));
        if (bytes == null) {
            return null;
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                return null;
            }
        }
        return new Cidr(bytes, prefix);
    }

    /** The address bytes of an IP literal, or null; never a DNS lookup. */
    public static byte[] literal(String s) {
        if (s.isEmpty() || !s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 || ch == '.' || ch == ':')) {
            return null;
        }
        if (!s.contains(":") && !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean contains(String ip) {
        byte[] a = literal(ip);
        if (a == null || a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (a[full] & mask) == (network[full] & mask);
    }
}
