package dev.mirage.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/** --ip: one address or a CIDR block, IPv4 or IPv6. Literals only: nothing here ever asks DNS. */
final class IpFilter implements Predicate<String> {
    private final byte[] network;
    private final int prefix;

    private IpFilter(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    static IpFilter parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        byte[] bytes = literal(addr);
        if (bytes == null) {
            throw new UsageException("--ip '" + text + "' is not an IP address or CIDR block; write e.g. 192.0.2.7, 10.0.0.0/8 or 2001:db8::/32");
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new UsageException("--ip '" + text + "' has a bad prefix length; use /0 to /" + bits);
            }
        }
        return new IpFilter(bytes, prefix);
    }

    /** The address bytes of an IP literal, or null; never a DNS lookup. */
    static byte[] literal(String s) {
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

    @Override
    public boolean test(String ip) {
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
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }
}
