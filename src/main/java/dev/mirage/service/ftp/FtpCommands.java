package dev.mirage.service.ftp;

import dev.mirage.service.ftp.commands.AcctCommand;
import dev.mirage.service.ftp.commands.CdupCommand;
import dev.mirage.service.ftp.commands.CwdCommand;
import dev.mirage.service.ftp.commands.DeleCommand;
import dev.mirage.service.ftp.commands.EprtCommand;
import dev.mirage.service.ftp.commands.EpsvCommand;
import dev.mirage.service.ftp.commands.FeatCommand;
import dev.mirage.service.ftp.commands.HelpCommand;
import dev.mirage.service.ftp.commands.ListCommand;
import dev.mirage.service.ftp.commands.MdtmCommand;
import dev.mirage.service.ftp.commands.MkdCommand;
import dev.mirage.service.ftp.commands.ModeCommand;
import dev.mirage.service.ftp.commands.NlstCommand;
import dev.mirage.service.ftp.commands.NoopCommand;
import dev.mirage.service.ftp.commands.PassCommand;
import dev.mirage.service.ftp.commands.PasvCommand;
import dev.mirage.service.ftp.commands.PortCommand;
import dev.mirage.service.ftp.commands.PwdCommand;
import dev.mirage.service.ftp.commands.QuitCommand;
import dev.mirage.service.ftp.commands.RetrCommand;
import dev.mirage.service.ftp.commands.RmdCommand;
import dev.mirage.service.ftp.commands.RnfrCommand;
import dev.mirage.service.ftp.commands.RntoCommand;
import dev.mirage.service.ftp.commands.SizeCommand;
import dev.mirage.service.ftp.commands.StorCommand;
import dev.mirage.service.ftp.commands.StruCommand;
import dev.mirage.service.ftp.commands.SystCommand;
import dev.mirage.service.ftp.commands.TypeCommand;
import dev.mirage.service.ftp.commands.UserCommand;
import java.util.Locale;

/**
 * The verbs we answer, each with the section that defines it and whether it needs a login (checked
 * once, by the dispatcher). Not here, and answered "command not understood" as wu-ftpd answers an
 * unknown verb: REIN, SMNT, APPE, STOU, ALLO, REST, ABOR, SITE, STAT, LPRT, LPSV, AUTH, PBSZ, PROT.
 */
public enum FtpCommands {
    USER(new UserCommand(), false),     // RFC 959 4.1.1
    PASS(new PassCommand(), false),     // RFC 959 4.1.1
    ACCT(new AcctCommand(), false),     // RFC 959 4.1.1 (wu-ftpd: unimplemented)
    CWD(new CwdCommand(), true),        // RFC 959 4.1.1
    XCWD(new CwdCommand(), true),       // RFC 775
    CDUP(new CdupCommand(), true),      // RFC 959 4.1.1
    XCUP(new CdupCommand(), true),      // RFC 775
    QUIT(new QuitCommand(), false),     // RFC 959 4.1.1
    PORT(new PortCommand(), true),      // RFC 959 4.1.2
    EPRT(new EprtCommand(), true),      // RFC 2428 2
    PASV(new PasvCommand(), true),      // RFC 959 4.1.2
    EPSV(new EpsvCommand(), true),      // RFC 2428 3
    TYPE(new TypeCommand(), true),      // RFC 959 4.1.2
    STRU(new StruCommand(), true),      // RFC 959 4.1.2
    MODE(new ModeCommand(), true),      // RFC 959 4.1.2
    RETR(new RetrCommand(), true),      // RFC 959 4.1.3
    STOR(new StorCommand(), true),      // RFC 959 4.1.3
    RNFR(new RnfrCommand(), true),      // RFC 959 4.1.3
    RNTO(new RntoCommand(), true),      // RFC 959 4.1.3
    DELE(new DeleCommand(), true),      // RFC 959 4.1.3
    RMD(new RmdCommand(), true),        // RFC 959 4.1.3
    XRMD(new RmdCommand(), true),       // RFC 775
    MKD(new MkdCommand(), true),        // RFC 959 4.1.3
    XMKD(new MkdCommand(), true),       // RFC 775
    PWD(new PwdCommand(), true),        // RFC 959 4.1.3
    XPWD(new PwdCommand(), true),       // RFC 775
    LIST(new ListCommand(), true),      // RFC 959 4.1.3
    NLST(new NlstCommand(), true),      // RFC 959 4.1.3
    SYST(new SystCommand(), false),     // RFC 959 4.1.3
    HELP(new HelpCommand(), false),     // RFC 959 4.1.3
    NOOP(new NoopCommand(), false),     // RFC 959 4.1.3
    FEAT(new FeatCommand(), false),     // RFC 2389 3
    SIZE(new SizeCommand(), true),      // RFC 3659 4
    MDTM(new MdtmCommand(), true);      // RFC 3659 3

    private final FtpCommand command;
    private final boolean needsLogin;

    FtpCommands(FtpCommand command, boolean needsLogin) {
        this.command = command;
        this.needsLogin = needsLogin;
    }

    public FtpCommand command() {
        return command;
    }

    public boolean needsLogin() {
        return needsLogin;
    }

    /** The entry for a verb as sent (any case), or null. */
    public static FtpCommands lookup(String verb) {
        if (verb.isEmpty() || verb.length() > 4) {
            return null;
        }
        for (int i = 0; i < verb.length(); i++) {
            char c = verb.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
                return null;
            }
        }
        try {
            return valueOf(verb.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
