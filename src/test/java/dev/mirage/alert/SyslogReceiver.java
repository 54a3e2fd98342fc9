package dev.mirage.alert;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * A syslog collector for tests, on 127.0.0.1: UDP, TCP with octet counting (RFC 6587 section
 * 3.4.1) or TLS (RFC 5425). Every message is parsed strictly as RFC 5424; one that does not parse
 * is kept as a failure, so a split or forged frame shows.
 */
final class SyslogReceiver implements AutoCloseable {
    private static final Pattern HEADER = Pattern.compile(
            "<(\\d{1,3})>1 (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?(Z|[+-]\\d\\d:\\d\\d)) ([!-~]{1,255}) "
                    + "([!-~]{1,48}) ([!-~]{1,128}) ([!-~]{1,32}) ");

    /** One parsed message: PRI, hostname, app, msgid, structured data (id and params) and MSG. */
    record Message(int pri, String host, String app, String msgId, String sdId, List<String[]> params, String msg) {
        String param(String name) {
            return params.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).findFirst().orElse(null);
        }
    }

    final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AutoCloseable socket;
    private final int port;

    private SyslogReceiver(AutoCloseable socket, int port) {
        this.socket = socket;
        this.port = port;
    }

    static SyslogReceiver udp() throws IOException {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SyslogReceiver r = new SyslogReceiver(s, s.getLocalPort());
        Thread.ofPlatform().daemon().start(() -> {
            byte[] buf = new byte[65535];
            while (!s.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (IOException e) {
                    return;
                }
                r.parse(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
            }
        });
        return r;
    }

    static SyslogReceiver tcp() throws IOException {
        return stream(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    static SyslogReceiver tls(SSLServerSocketFactory f) throws IOException {
        return stream(f.createServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    private static SyslogReceiver stream(ServerSocket server) {
        SyslogReceiver r = new SyslogReceiver(server, server.getLocalPort());
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofPlatform().daemon().start(() -> r.frames(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return r;
    }

    /** Octet counting: MSG-LEN SP SYSLOG-MSG, MSG-LEN a nonzero number without leading zeros. */
    private void frames(Socket s) {
        try (s; InputStream raw = s.getInputStream()) {
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                StringBuilder len = new StringBuilder();
                int c = in.read();
                if (c < 0) {
                    return;
                }
                while (c != ' ') {
                    if (c < '0' || c > '9' || len.length() > 6 || (len.isEmpty() && c == '0')) {
                        failures.add("bad frame length at " + len + (char) c);
                        return;
                    }
                    len.append((char) c);
                    c = in.read();
                    if (c < 0) {
                        throw new EOFException();
                    }
                }
                byte[] msg = new byte[Integer.parseInt(len.toString())];
                in.readFully(msg);
                parse(new String(msg, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            if (!(e instanceof java.net.SocketException)) {
                failures.add("read: " + e);
            }
        }
    }

    private void parse(String text) {
        try {
            messages.add(strict(text));
        } catch (IllegalArgumentException e) {
            failures.add(e.getMessage() + ": " + text);
        }
    }

    /** RFC 5424 section 6 with one SD-ELEMENT, whose values may escape only '"', '\' and ']'. */
    static Message strict(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("control character in message");
        }
        Matcher m = HEADER.matcher(text);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("bad header");
        }
        int pri = Integer.parseInt(m.group(1));
        if (pri > 191) {
            throw new IllegalArgumentException("bad PRI");
        }
        int i = m.end();
        if (text.charAt(i) == '-') {
            return new Message(pri, m.group(5), m.group(6), m.group(8), null, List.of(), msg(text, i + 1));
        }
        if (text.charAt(i) != '[') {
            throw new IllegalArgumentException("bad structured data");
        }
        int j = i + 1;
        while (j < text.length() && name(text.charAt(j))) {
            j++;
        }
        String id = text.substring(i + 1, j);
        List<String[]> params = new ArrayList<>();
        while (text.charAt(j) == ' ') {
            int k = j + 1;
            while (name(text.charAt(k))) {
                k++;
            }
            String pname = text.substring(j + 1, k);
            if (pname.isEmpty() || text.charAt(k) != '=' || text.charAt(k + 1) != '"') {
                throw new IllegalArgumentException("bad SD-PARAM");
            }
            StringBuilder v = new StringBuilder();
            k += 2;
            while (text.charAt(k) != '"') {
                char c = text.charAt(k);
                if (c == ']') {
                    throw new IllegalArgumentException("unescaped ] in SD value");
                }
                if (c == '\\') {
                    char n = text.charAt(k + 1);
                    if (n == '"' || n == '\\' || n == ']') {
                        c = n;
                        k++;
                    }
                }
                v.append(c);
                k++;
            }
            params.add(new String[] {pname, v.toString()});
            j = k + 1;
        }
        if (text.charAt(j) != ']') {
            throw new IllegalArgumentException("SD element not closed");
        }
        return new Message(pri, m.group(5), m.group(6), m.group(8), id, params, msg(text, j + 1));
    }

    private static String msg(String text, int i) {
        if (i == text.length()) {
            return "";
        }
        if (text.charAt(i) != ' ') {
            throw new IllegalArgumentException("no space before MSG");
        }
        String msg = text.substring(i + 1);
        return msg.startsWith("\uFEFF") ? msg.substring(1) : msg;
    }

    private static boolean name(char c) {
        return c > 32 && c < 127 && c != '=' && c != ']' && c != '"' && c != ' ';
    }

    int port() {
        return port;
    }

    Message take() throws InterruptedException {
        Message m = messages.poll(20, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no syslog message; failures: " + failures);
        }
        return m;
    }

    @Override
    public void close() throws Exception {
        socket.close();
    }
}
