package io.vectort.generation.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.net.OutboundPolicy;
import io.vectort.shared.net.RefusedDestinationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JGit's connections go only where the policy bound to the thread allows, redirects included. */
class GuardedGitConnectionsTest {

    /** git.example.com resolves to a public address, rebind.example.com to the metadata address. */
    private static final OutboundPolicy POLICY = OutboundPolicy.of("", host -> switch (host) {
        case "git.example.com" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, 2, 1})};
        case "rebind.example.com" ->
            new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254})
            };
        default -> throw new java.net.UnknownHostException(host);
    });

    @BeforeAll
    static void install() {
        GuardedGitConnections.install();
    }

    @Test
    void isJGitsConnectionFactoryOnceInstalledTwice() {
        GuardedGitConnections.install();
        assertThat(HttpTransport.getConnectionFactory()).isInstanceOf(GuardedGitConnections.class);
    }

    @Test
    void opensAConnectionToAnAllowedHostWithoutAProxy() throws Exception {
        HttpConnection connection = GuardedGitConnections.run(
                POLICY,
                () -> HttpTransport.getConnectionFactory()
                        .create(url("https://git.example.com/team/app.git/info/refs")));
        assertThat(connection.getURL().getHost()).isEqualTo("git.example.com");
    }

    @Test
    void refusesAHostThatNowResolvesToAPrivateAddress() {
        assertThatThrownBy(() -> GuardedGitConnections.run(
                        POLICY,
                        () -> HttpTransport.getConnectionFactory()
                                .create(url("https://rebind.example.com/app.git/info/refs"))))
                .isInstanceOf(RefusedDestinationException.class)
                .satisfies(e ->
                        assertThat(((RefusedDestinationException) e).reason()).isEqualTo("address"));
    }

    @Test
    void refusesPlainHttpAndLoopbackLikeARedirectWouldAsk() {
        assertThatThrownBy(() -> GuardedGitConnections.run(
                        POLICY, () -> HttpTransport.getConnectionFactory().create(url("http://git.example.com/x"))))
                .isInstanceOf(RefusedDestinationException.class);
        assertThatThrownBy(() -> GuardedGitConnections.run(
                        POLICY, () -> HttpTransport.getConnectionFactory().create(url("https://127.0.0.1/x"))))
                .isInstanceOf(RefusedDestinationException.class);
    }

    @Test
    void refusesEveryConnectionFromAThreadWithoutAPolicy() {
        assertThatThrownBy(() -> HttpTransport.getConnectionFactory().create(url("https://git.example.com/x")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("push job");
    }

    private static URL url(String url) throws Exception {
        return URI.create(url).toURL();
    }
}
