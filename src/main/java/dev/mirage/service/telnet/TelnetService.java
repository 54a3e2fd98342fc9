package dev.mirage.service.telnet;

import dev.mirage.config.ConfigException;
import dev.mirage.event.AuthAttempt;
import dev.mirage.event.ClientInfo;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.service.shell.Delay;
import dev.mirage.service.shell.FakeShell;
import dev.mirage.service.shell.Login;
import dev.mirage.service.shell.Logins;
import dev.mirage.service.shell.Verdict;
import dev.mirage.service.telnet.commands.ControlCommand;
import dev.mirage.service.telnet.commands.DoCommand;
import dev.mirage.service.telnet.commands.DontCommand;
import dev.mirage.service.telnet.commands.LoginCommand;
import dev.mirage.service.telnet.commands.PasswordCommand;
import dev.mirage.service.telnet.commands.ShellCommand;
import dev.mirage.service.telnet.commands.SubnegotiationCommand;
import dev.mirage.service.telnet.commands.TelnetReply;
import dev.mirage.service.telnet.commands.WillCommand;
import dev.mirage.service.telnet.commands.WontCommand;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import dev.mirage.util.Visible;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Telnet (RFC 854, 855) as the profile's telnetd and login(1): the telnetd's option offers in its
 * order (TTYPE, NAWS, ECHO, SGA, ... per RFC 1091, 1073, 857, 858), the pre-login banner, login and
 * password prompts with the server's echo off for the password, "Login incorrect" after each try and
 * a hang-up after the profile's number of tries. A weak account of the profile reaches the fake
 * shell (service/shell), which answers from the profile and runs nothing; the personality decides
 * (TelnetPolicy) whether it does, and what else the session meets. Works with clients that refuse
 * every option and with raw clients that send no IAC at all.
 */
public final class TelnetService implements Service {
    private static final int SB_SEND = 1;
    /** The longest user name repeated in a misbehaviour record. */
    private static final int MAX_DETAIL = 100;

    private final ServiceContext ctx;
    private final TelnetTexts texts;
    private final TelnetPolicy policy;
    private final Logins logins;
    private final List<int[]> offer;
    private final List<Integer> subnegotiate;
    private final List<int[]> offerAfter;

    public TelnetService(ServiceContext ctx) {
        this.ctx = ctx;
        this.texts = ctx.profile().section("telnet", TelnetTexts.class);
        this.policy = TelnetPolicy.of(ctx.personality("telnet"));
        this.logins = new Logins(texts.shell(), policy.login(), ctx.decoys());
        String where = "profile " + ctx.profile().id() + ": services.telnet";
        this.offer = options(texts.offer(), where + ".offer");
        this.offerAfter = options(texts.offerAfter(), where + ".offer-after");
        List<Integer> sb = new ArrayList<>();
        for (String name : texts.subnegotiate()) {
            int code = TelnetCodes.optionCode(name);
            if (code < 0) {
                throw new ConfigException(where + ".subnegotiate", name, "is not a Telnet option", "use e.g. TTYPE");
            }
            sb.add(code);
        }
        this.subnegotiate = List.copyOf(sb);
    }

    private static List<int[]> options(List<String> entries, String key) {
        List<int[]> out = new ArrayList<>();
        for (String e : entries) {
            String[] p = e.trim().split("\\s+");
            int verb = p.length == 2 ? TelnetCodes.verbCode(p[0]) : -1;
            int option = p.length == 2 ? TelnetCodes.optionCode(p[1]) : -1;
            if (verb < 0 || option < 0) {
                throw new ConfigException(key, e, "is not an option offer", "write it as e.g. DO TTYPE or WILL ECHO");
            }
            out.add(new int[] {verb, option});
        }
        return List.copyOf(out);
    }

    @Override
    public void serve(Session session) throws IOException {
        new Dispatcher(session).run();
    }

    /** One session: the single place that answers the client and records what it did. */
    private final class Dispatcher implements IacParser.Sink {
        private final Session session;
        private final TelnetState state = new TelnetState(ctx.chance("telnet"));
        private final TelnetConnection conn;
        private final WillCommand will = new WillCommand();
        private final WontCommand wont = new WontCommand();
        private final DoCommand doCommand = new DoCommand();
        private final DontCommand dont = new DontCommand();
        private final SubnegotiationCommand sb = new SubnegotiationCommand();
        private final ControlCommand control = new ControlCommand(texts.areYouThere());
        private final LoginCommand login = new LoginCommand(texts.passwordPrompt());
        private final PasswordCommand password = new PasswordCommand(texts.afterPassword(), texts.loginIncorrect(),
                texts.lastIncorrect(), texts.loginPrompt(), texts.failingLogin(), texts.detected());
        private final ShellCommand shellCommand = new ShellCommand();

        Dispatcher(Session session) {
            this.session = session;
            this.conn = new TelnetConnection(session, this, policy.subnegotiationCap());
        }

        void run() throws IOException {
            try {
                if (negotiate()) {
                    if (state.chance().percent(policy.resetPercent())) {
                        // Failing: the telnetd dies after the option dance, before login ever speaks.
                        conn.flush();
                        session.closeReason("failing");
                        session.abort();
                        return;
                    }
                    conn.send(banner() + texts.loginPrompt());
                    loginLoop();
                }
            } finally {
                if (state.suppressed() > 0) {
                    session.record(new CommandReceived(session.now(), session.origin(), "IAC",
                            state.suppressed() + " more not recorded", "", List.of("telnet-flood")));
                }
                try {
                    conn.flush();
                } catch (IOException ignored) {
                    // The client is gone; nothing more to say.
                }
            }
        }

        /** The telnetd's option dance; false when the client hung up during it. */
        private boolean negotiate() throws IOException {
            conn.send(offerBytes(offer));
            int[] asked = offer.stream().filter(o -> o[0] == TelnetCodes.DO).mapToInt(o -> o[1]).toArray();
            if (!conn.await(() -> !state.awaitingHim(asked), policy.negotiationWaitMillis(), policy.settleMillis())) {
                return false;
            }
            ByteArrayOutputStream send = new ByteArrayOutputStream();
            for (int option : subnegotiate) {
                if (state.him(option)) {
                    send.writeBytes(new byte[] {(byte) TelnetCodes.IAC, (byte) TelnetCodes.SB, (byte) option,
                        SB_SEND, (byte) TelnetCodes.IAC, (byte) TelnetCodes.SE});
                    state.awaitSubnegotiation(option);
                }
            }
            if (send.size() > 0) {
                conn.send(send.toByteArray());
                if (!conn.await(() -> !state.awaitingSubnegotiation(), policy.settleMillis(), policy.settleMillis())) {
                    return false;
                }
            }
            conn.send(offerBytes(offerAfter));
            if (!conn.await(() -> !state.awaitingHim(TelnetCodes.ECHO), policy.settleMillis(), policy.settleMillis())) {
                return false;
            }
            if (texts.willEcho() && !state.us(TelnetCodes.ECHO) && !state.usPending(TelnetCodes.ECHO)) {
                conn.send(offerBytes(List.<int[]>of(new int[] {TelnetCodes.WILL, TelnetCodes.ECHO})));
            }
            return true;
        }

        /** The profile's banner, or (strange) one of its alternatives drawn from the session's dice. */
        private String banner() {
            if (policy.strangeBanner() && !texts.strangeBanners().isEmpty()) {
                return state.chance().pick(texts.strangeBanners());
            }
            return texts.banner();
        }

        private byte[] offerBytes(List<int[]> options) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int[] o : options) {
                b.writeBytes(new byte[] {(byte) TelnetCodes.IAC, (byte) o[0], (byte) o[1]});
                state.asked(o[0], o[1]);
            }
            return b.toByteArray();
        }

        private void loginLoop() throws IOException {
            while (true) {
                TelnetConnection.Line user = conn.readLine(() -> state.us(TelnetCodes.ECHO));
                if (user == null) {
                    session.closeReason("peer");
                    return;
                }
                if (!user.terminated()) {
                    command(TelnetVerb.LOGIN, user.text(), "", List.of("half-line"));
                    session.closeReason("peer");
                    return;
                }
                if (user.text().isBlank()) {
                    state.emptyLogin();
                    if (state.emptyLogins() > policy.maxEmptyLogins()) {
                        command(TelnetVerb.LOGIN, user.text(), "", List.of("telnet-empty-logins"));
                        session.closeReason("tries");
                        return;
                    }
                    conn.send(texts.loginPrompt());
                    command(TelnetVerb.LOGIN, user.text(), texts.loginPrompt(), List.of());
                    continue;
                }
                if (state.repeatedPrompts() < policy.maxRepeatedPrompts()
                        && state.chance().percent(policy.repeatPromptPercent())) {
                    // Strange: login prompts again as if the name had been lost on the line.
                    state.repeatedPrompt();
                    Delay.pause(state.chance(), policy.maxDelayMillis());
                    conn.send(texts.loginPrompt());
                    command(TelnetVerb.LOGIN, user.text(), texts.loginPrompt(), List.of("repeated-prompt"));
                    continue;
                }
                Delay.pause(state.chance(), policy.maxDelayMillis());
                TelnetReply r = login.execute(user.text());
                conn.send(r.wire());
                command(TelnetVerb.LOGIN, user.text(), r.text(), List.of());
                TelnetConnection.Line pass = conn.readLine(() -> false);
                if (pass == null) {
                    session.closeReason("peer");
                    return;
                }
                if (!pass.terminated()) {
                    command(TelnetVerb.PASSWORD, pass.text(), "", List.of("half-line"));
                    session.closeReason("peer");
                    return;
                }
                Login verdict = logins.password(state.tries(), state.chance(), user.text(), pass.text());
                session.record(new AuthAttempt(session.now(), session.origin(), "password", user.text(), pass.text(),
                        verdict.verdict().accepted()));
                boolean last = verdict.verdict() == Verdict.INCORRECT && state.tries().failures() >= texts.tries();
                FakeShell shell = verdict.account() == null ? null
                        : new FakeShell(texts.shell(), verdict.account(), policy.maxCommands());
                Delay.pause(state.chance(), policy.maxDelayMillis());
                r = password.execute(verdict, shell, last);
                conn.send(r.wire());
                command(TelnetVerb.PASSWORD, pass.text(), r.text(), List.of());
                switch (verdict.verdict()) {
                    case SHELL -> {
                        shellLoop(shell);
                        return;
                    }
                    case BROKEN -> {
                        session.closeReason("failing");
                        return;
                    }
                    case ROOT_LOGIN, BRUTE_FORCE -> {
                        session.record(new Misbehaviour(session.now(), session.origin(), verdict.verdict().misbehaviour(),
                                Visible.of(user.text().substring(0, Math.min(user.text().length(), MAX_DETAIL)))));
                        session.closeReason("detected");
                        return;
                    }
                    case INCORRECT -> {
                        if (last) {
                            session.closeReason("tries");
                            return;
                        }
                    }
                }
            }
        }

        /** The fake shell: each line answered from the profile and recorded, until exit, the line limit or a hang-up. */
        private void shellLoop(FakeShell shell) throws IOException {
            while (true) {
                TelnetConnection.Line line = conn.readLine(() -> state.us(TelnetCodes.ECHO));
                if (line == null) {
                    session.closeReason("peer");
                    return;
                }
                if (!line.terminated()) {
                    command(TelnetVerb.SHELL, line.text(), "", List.of("half-line"));
                    session.closeReason("peer");
                    return;
                }
                Delay.pause(state.chance(), policy.maxDelayMillis());
                ShellCommand.Result r = shellCommand.execute(shell, line.text());
                conn.send(r.reply().wire());
                command(TelnetVerb.SHELL, line.text(), r.reply().text(), r.reply().tags());
                if (r.closeReason() != null) {
                    session.closeReason(r.closeReason());
                    return;
                }
            }
        }

        private void command(TelnetVerb verb, String argument, String reply, List<String> tags) {
            session.record(new CommandReceived(session.now(), session.origin(), verb.name(), argument, reply, tags));
        }

        @Override
        public void option(int verb, int option) throws IOException {
            TelnetReply r = switch (TelnetVerb.ofOption(verb)) {
                case WILL -> will.execute(state, option);
                case WONT -> wont.execute(state, option);
                case DO -> doCommand.execute(state, option);
                default -> dont.execute(state, option);
            };
            answer(TelnetCodes.command(verb) + " " + TelnetCodes.option(option), r);
        }

        @Override
        public void subnegotiation(int option, byte[] data, boolean cut) throws IOException {
            state.gotSubnegotiation(option);
            TelnetReply r = sb.execute(option, data, cut);
            if (r.infoKind() != null && state.mayRecord(policy.maxRecorded())) {
                session.record(new ClientInfo(session.now(), session.origin(), r.infoKind(), r.infoValue()));
            }
            answer(r.argument(), r);
        }

        @Override
        public void command(int code) throws IOException {
            answer(TelnetCodes.command(code), control.execute(code));
        }

        /** Sends a negotiation answer (while the session's share lasts) and records it. */
        private void answer(String argument, TelnetReply r) throws IOException {
            boolean sent = r.wire().length > 0 && state.mayReply(policy.maxReplies());
            if (sent) {
                conn.send(r.wire());
            }
            if (state.mayRecord(policy.maxRecorded())) {
                List<String> tags = r.tags();
                session.record(new CommandReceived(session.now(), session.origin(), "IAC", argument,
                        sent || r.wire().length == 0 ? r.text() : "", tags));
            }
        }
    }
}
