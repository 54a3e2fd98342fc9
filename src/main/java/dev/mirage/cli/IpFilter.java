package dev.mirage.cli;

import dev.mirage.util.Cidr;
import java.util.function.Predicate;

/** --ip: one address or a CIDR block, IPv4 or IPv6. Literals only: nothing here ever asks DNS. */
final class IpFilter implements Predicate<String> {
    private final Cidr block;

    private IpFilter(Cidr block) {
        this.block = block;
    }

    static IpFilter parse(String text) {
        Cidr block = Cidr.parse(text);
        if (block == null) {
            throw new UsageException("--ip '" + text + "' is not an IP address or CIDR block; write e.g. 192.0.2.7,"
                    + " 10.0.0.0/8 or 2001:db8::/32 (a prefix from /0 to /32 for IPv4, /128 for IPv6)");
        }
        return new IpFilter(block);
    }

    @Override
    public boolean test(String ip) {
        return block.contains(ip);
    }
}
