package dev.mirage.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An HTTP endpoint on 127.0.0.1 that keeps every POST and answers with a chosen status. */
final class HookServer implements AutoCloseable {
    /** One request as received. */
    record Post(String path, String contentType, String token, String body) {
    }

    final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final HttpServer server;
    volatile int status = 200;

    HookServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            posts.add(new Post(x.getRequestURI().getPath(), x.getRequestHeaders().getFirst("Content-Type"),
                    x.getRequestHeaders().getFirst("X-Token"), new String(body, StandardCharsets.UTF_8)));
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    Post take() throws InterruptedException {
        Post p = posts.poll(20, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no webhook call");
        }
        return p;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
