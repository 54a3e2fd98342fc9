package dev.mirage.service.pop3;

import static dev.mirage.service.pop3.Pop3Phase.AUTHORIZATION;
import static dev.mirage.service.pop3.Pop3Phase.TRANSACTION;

import dev.mirage.service.pop3.commands.ApopCommand;
import dev.mirage.service.pop3.commands.CapaCommand;
import dev.mirage.service.pop3.commands.DeleCommand;
import dev.mirage.service.pop3.commands.LastCommand;
import dev.mirage.service.pop3.commands.ListCommand;
import dev.mirage.service.pop3.commands.NoopCommand;
import dev.mirage.service.pop3.commands.PassCommand;
import dev.mirage.service.pop3.commands.Pop3Command;
import dev.mirage.service.pop3.commands.QuitCommand;
import dev.mirage.service.pop3.commands.RetrCommand;
import dev.mirage.service.pop3.commands.RpopCommand;
import dev.mirage.service.pop3.commands.RsetCommand;
import dev.mirage.service.pop3.commands.StatCommand;
import dev.mirage.service.pop3.commands.TopCommand;
import dev.mirage.service.pop3.commands.UidlCommand;
import dev.mirage.service.pop3.commands.UserCommand;
import dev.mirage.service.pop3.commands.XtndCommand;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The command table: each verb, its command, and the one rule saying in which state it is valid
 * (the dispatcher checks it once, as GreenMail's isValidForState). Not implemented, so answered as
 * the phase's unknown command: AUTH (RFC 1734; CAPA does not offer SASL) and STLS (RFC 2595, which
 * imap-2001a lacked).
 */
public enum Pop3Verb {
    USER(new UserCommand(), in(AUTHORIZATION)),                                  // RFC 1939 s7
    PASS(new PassCommand(), s -> s.phase() == AUTHORIZATION && s.user() != null), // RFC 1939 s7, after USER
    APOP(new ApopCommand(), in(AUTHORIZATION)),                                  // RFC 1939 s7
    RPOP(new RpopCommand(), in(AUTHORIZATION)),                                  // RFC 1081 (refused)
    STAT(new StatCommand(), in(TRANSACTION)),                                    // RFC 1939 s5
    LIST(new ListCommand(), in(TRANSACTION)),                                    // RFC 1939 s5
    RETR(new RetrCommand(), in(TRANSACTION)),                                    // RFC 1939 s5
    DELE(new DeleCommand(), in(TRANSACTION)),                                    // RFC 1939 s5
    NOOP(new NoopCommand(), in(TRANSACTION)),                                    // RFC 1939 s5
    RSET(new RsetCommand(), in(TRANSACTION)),                                    // RFC 1939 s5
    TOP(new TopCommand(), in(TRANSACTION)),                                      // RFC 1939 s7
    UIDL(new UidlCommand(), in(TRANSACTION)),                                    // RFC 1939 s7
    LAST(new LastCommand(), in(TRANSACTION)),                                    // RFC 1460 s5 (obsolete)
    XTND(new XtndCommand(), in(TRANSACTION)),                                    // Berkeley extension (refused)
    CAPA(new CapaCommand(), s -> s.phase() != Pop3Phase.UPDATE),                 // RFC 2449 s5
    QUIT(new QuitCommand(), s -> s.phase() != Pop3Phase.UPDATE);                 // RFC 1939 s4, s6

    private final Pop3Command command;
    private final Predicate<Pop3State> valid;

    Pop3Verb(Pop3Command command, Predicate<Pop3State> valid) {
        this.command = command;
        this.valid = valid;
    }

    public Pop3Command command() {
        return command;
    }

    /** Whether the verb may run in this state; otherwise the phase's unknown-command reply is sent. */
    public boolean isValidFor(Pop3State state) {
        return valid.test(state);
    }

    /** The verb named (case-insensitive, RFC 1939 section 3), or null for one we do not know. */
    public static Pop3Verb of(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (Pop3Verb v : values()) {
            if (v.name().equals(upper)) {
                return v;
            }
        }
        return null;
    }

    private static Predicate<Pop3State> in(Pop3Phase phase) {
        return s -> s.phase() == phase;
    }
}
