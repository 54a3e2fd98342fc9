package dev.mirage.service.pop3;

import dev.mirage.config.MirageConfig;
import java.time.Instant;
import java.util.List;

/** What the commands read and never change: texts, the configured accounts, how mails look, the policy. */
public record Pop3Context(Pop3Texts texts, List<MirageConfig.Account> accounts, MailFormat mails, Pop3Policy policy) {
    public Pop3Context {
        accounts = List.copyOf(accounts);
    }

    /** The configured account of this name, or null. */
    public MirageConfig.Account account(String user) {
        if (user == null) {
            return null;
        }
        for (MirageConfig.Account a : accounts) {
            if (user.equals(a.user())) {
                return a;
            }
        }
        return null;
    }

    /** Opens the account's mailbox and enters TRANSACTION; the reply ipop3d gives for it. */
    public Reply login(Pop3State state, MirageConfig.Account account) {
        state.open(new Mailbox(mails.messages(account, Instant.now())));
        return Reply.of(Pop3Texts.fill(texts.loginOk(), "count", state.mailbox().size()));
    }

    /** The status header ipop3d adds to a message: R once read in this session, O as it is not new. */
    public String statusLine(Mailbox box, long n) {
        return Pop3Texts.fill(texts.mail().status(), "flags", (box.seen(n) ? "R" : " ") + "O");
    }
}
