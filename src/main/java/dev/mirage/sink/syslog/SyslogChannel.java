package dev.mirage.sink.syslog;

import dev.mirage.alert.Alert;
import dev.mirage.config.Alerts;
import dev.mirage.sink.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Alerts to a syslog collector: UDP, one message a datagram (RFC 5426); TCP with octet counting,
 * "LENGTH SP MESSAGE" (RFC 6587 section 3.4.1); or TLS with the same framing (RFC 5425 section
 * 4.3), the collector's certificate and host name checked. A stream connection is kept and made
 * again after an error (the outbox retries).
 */
public final class SyslogChannel implements Channel {
    /** Longest message sent; RFC 5426 asks receivers for 2048 bytes at least, most take far more. */
    static final int MAX_MESSAGE = 8192;
    private static final int TIMEOUT_MS = 10_000;

    private final Alerts.Syslog config;
    private final SSLSocketFactory tls;
    private Socket socket;
    private OutputStream out;

    public SyslogChannel(Alerts.Syslog config) {
        this(config, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** With the TLS factory to use (a test trusts its own collector). */
    public SyslogChannel(Alerts.Syslog config, SSLSocketFactory tls) {
        this.config = config;
        this.tls = tls;
    }

    @Override
    public String name() {
        return "syslog " + config.transport() + " " + config.host() + ":" + config.port();
    }

    @Override
    public boolean wants(Alert a) {
        return true;
    }

    @Override
    public void deliver(Alert a) throws IOException {
        byte[] msg = cut(SyslogFormat.format(config.format(), a));
        if ("udp".equals(config.transport())) {
            try (DatagramSocket s = new DatagramSocket()) {
                s.send(new DatagramPacket(msg, msg.length, new InetSocketAddress(config.host(), config.port())));
            }
            return;
        }
        try {
            if (out == null) {
                connect();
            }
            out.write((msg.length + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(msg);
            out.flush();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = SocketFactory.getDefault().createSocket();
        s.connect(new InetSocketAddress(config.host(), config.port()), TIMEOUT_MS);
        if ("tls".equals(config.transport())) {
            SSLSocket t = (SSLSocket) tls.createSocket(s, config.host(), config.port(), true);
            var params = t.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            t.setSSLParameters(params);
            t.setSoTimeout(TIMEOUT_MS);
            t.startHandshake();
            s = t;
        }
        socket = s;
        out = s.getOutputStream();
    }

    /** Cuts at a UTF-8 character boundary. */
    static byte[] cut(byte[] msg) {
        if (msg.length <= MAX_MESSAGE) {
            return msg;
        }
        int end = MAX_MESSAGE;
        while (end > 0 && (msg[end] & 0xc0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(msg, end);
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // Closing a broken connection: nothing left to save.
        }
        socket = null;
        out = null;
    }
}
