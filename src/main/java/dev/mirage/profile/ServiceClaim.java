package dev.mirage.profile;

/**
 * What a profile claims of one service: whether the real system ran it out of the box, and the
 * product {@code nmap -sV} should name when it probes it (e.g. "Microsoft ftpd", "OpenSSH").
 *
 * @param service the service name (ftp, ssh, ...)
 * @param enabledByDefault false where the system never shipped or never started it; the listener is
 *                         then off unless the config enables it explicitly
 * @param nmap the product nmap -sV reports, "" when the profile names none
 */
public record ServiceClaim(String service, boolean enabledByDefault, String nmap) {
}
