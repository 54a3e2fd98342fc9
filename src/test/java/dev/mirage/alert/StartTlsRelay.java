package dev.mirage.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A minimal SMTP relay with STARTTLS (RFC 3207) and AUTH PLAIN (RFC 4954), for the one thing
 * GreenMail 2.1.7 cannot do: it offers no STARTTLS. It refuses AUTH and MAIL before TLS, as a
 * relay that requires STARTTLS does, and keeps each message with whether it came over TLS.
 */
final class StartTlsRelay implements AutoCloseable {
    /** One message as received. */
    record Received(boolean tls, String user, String data) {
    }

    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ServerSocket server;
    private final SSLContext tls;
    private final String user;
    private final String password;

    StartTlsRelay(SSLContext tls, String user, String password) throws IOException {
        this.tls = tls;
        this.user = user;
        this.password = password;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofPlatform().daemon().start(() -> serve(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    int port() {
        return server.getLocalPort();
    }

    Received take() throws InterruptedException {
        Received r = received.poll(20, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no message");
        }
        return r;
    }

    private void serve(Socket plain) {
        Socket s = plain;
        boolean secure = false;
        String authed = null;
        try {
            BufferedReader in = reader(s);
            OutputStream out = s.getOutputStream();
            say(out, "220 relay.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO" -> say(out, secure ? "250-relay.test\r\n250 AUTH PLAIN" : "250-relay.test\r\n250 STARTTLS");
                    case "STAR" -> {
                        say(out, "220 go ahead");
                        SSLSocket t = (SSLSocket) tls.getSocketFactory().createSocket(s, "127.0.0.1", s.getPort(), true);
                        t.setUseClientMode(false);
                        t.startHandshake();
                        s = t;
                        secure = true;
                        in = reader(s);
                        out = s.getOutputStream();
                    }
                    case "AUTH" -> {
                        String[] parts = new String(Base64.getDecoder().decode(line.substring("AUTH PLAIN ".length())),
                                StandardCharsets.UTF_8).split("\0");
                        if (secure && parts.length == 3 && parts[1].equals(user) && parts[2].equals(password)) {
                            authed = parts[1];
                            say(out, "235 ok");
                        } else {
                            say(out, "535 no");
                        }
                    }
                    case "MAIL" -> say(out, secure && authed != null ? "250 ok" : "530 must issue STARTTLS and AUTH first");
                    case "RCPT" -> say(out, "250 ok");
                    case "DATA" -> {
                        say(out, "354 go");
                        StringBuilder data = new StringBuilder();
                        String d;
                        while ((d = in.readLine()) != null && !d.equals(".")) {
                            data.append(d).append('\n');
                        }
                        received.add(new Received(secure, authed, data.toString()));
                        say(out, "250 queued");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // The client went away.
        } finally {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing after the dialogue.
            }
        }
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void say(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
