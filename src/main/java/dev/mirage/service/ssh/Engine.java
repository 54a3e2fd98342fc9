package dev.mirage.service.ssh;

import dev.mirage.decoy.Decoys;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoService;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.closeable.AbstractCloseable;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.RejectAllPublickeyAuthenticator;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.session.ServerUserAuthServiceFactory;

/**
 * The SSH engine (Apache MINA SSHD) configured and prepared but never started: it binds no port
 * and owns no acceptor. Connections reach it only through {@link SessionBridge}, from the core's
 * own listener. Its one thread is the engine's daemon timer for the login grace time.
 */
final class Engine extends SshServer {
    private final BridgeService bridges = new BridgeService();

    /** Builds the engine from the persona's texts, the personality's policy, the decoy accounts and the host keys. */
    static Engine create(SshTexts texts, SshPolicy policy, Decoys decoys, KeyPairProvider hostKeys) {
        Engine e = (Engine) ServerBuilder.builder().factory(Engine::new).build();
        e.setKeyPairProvider(hostKeys);
        Credentials credentials = new Credentials(texts, policy, decoys);
        e.setUserAuthFactories(List.of(PublicKeyCapture.factory(credentials), UserAuthPasswordFactory.INSTANCE,
                UserAuthKeyboardInteractiveFactory.INSTANCE));
        e.setPasswordAuthenticator(new PasswordCapture(credentials));
        e.setKeyboardInteractiveAuthenticator(new KeyboardInteractiveCapture(texts, credentials));
        e.setPublickeyAuthenticator(RejectAllPublickeyAuthenticator.INSTANCE);
        e.setHostBasedAuthenticator(null);
        e.setGSSAuthenticator(null);
        // A weak account reaches the fake shell (shell or exec, answered from the profile, nothing run);
        // nothing to forward, no subsystems, no agent.
        ShellProcess.Factory shell = new ShellProcess.Factory(texts, policy);
        e.setChannelFactories(List.of(ShellChannel.FACTORY));
        e.setShellFactory(shell);
        e.setCommandFactory(shell);
        e.setSubsystemFactories(List.of());
        e.setAgentFactory(null);
        e.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        e.setServiceFactories(List.of(ServerUserAuthServiceFactory.INSTANCE,
                new ShellConnectionService.Factory(texts, policy)));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(e, texts.maxAuthTries());
        CoreModuleProperties.AUTH_TIMEOUT.set(e, Duration.ofSeconds(texts.loginGraceSeconds()));
        CoreModuleProperties.IDLE_TIMEOUT.set(e, Duration.ZERO);
        CoreModuleProperties.IGNORE_MESSAGE_FREQUENCY.set(e, 0L);
        CoreModuleProperties.SERVER_EXTRA_IDENTIFICATION_LINES.remove(e);
        CoreModuleProperties.WELCOME_BANNER.remove(e);
        PersonaSession.Factory sessions = new PersonaSession.Factory(e, texts);
        e.setSessionFactory(sessions);
        e.checkConfig();
        e.setupSessionTimeout(sessions);
        return e;
    }

    IoHandler handler() {
        return getSessionFactory();
    }

    IoService bridges() {
        return bridges;
    }

    /** Ends live engine sessions and the timer thread. */
    void shutdown() {
        for (IoSession s : List.copyOf(bridges.getManagedSessions().values())) {
            s.close(true);
        }
        removeSessionTimeout(getSessionFactory());
        ScheduledExecutorService timer = getScheduledExecutorService();
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** What the engine sees as the network service: the set of bridged connections. */
    private static final class BridgeService extends AbstractCloseable implements IoService {
        private final Map<Long, IoSession> sessions = new ConcurrentHashMap<>();
        private volatile IoServiceEventListener listener;

        @Override
        public Map<Long, IoSession> getManagedSessions() {
            return sessions;
        }

        @Override
        public IoServiceEventListener getIoServiceEventListener() {
            return listener;
        }

        @Override
        public void setIoServiceEventListener(IoServiceEventListener listener) {
            this.listener = listener;
        }
    }

    /** Not used: the engine never listens. */
    @Override
    public void start() throws IOException {
        throw new IOException("not a listening server");
    }
}
