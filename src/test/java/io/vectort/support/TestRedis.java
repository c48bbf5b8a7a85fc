package io.vectort.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;

/** The Redis on 127.0.0.1:6379 when one runs there (CI has one); tests that need it skip otherwise. */
public final class TestRedis {

    private static final Optional<String> URL = reachable() ? Optional.of("redis://127.0.0.1:6379") : Optional.empty();

    private TestRedis() {}

    public static Optional<String> url() {
        return URL;
    }

    private static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
