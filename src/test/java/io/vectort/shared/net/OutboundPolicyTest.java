package io.vectort.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {

    /** A fake DNS: names map to fixed answers, literals resolve to themselves. */
    private static final Map<String, String[]> DNS = Map.of(
            "push.example.com", new String[] {"93.184.216.34"},
            "rebind.example.com", new String[] {"93.184.216.34", "10.0.0.7"},
            "metadata.example.com", new String[] {"169.254.169.254"},
            "v6.example.com", new String[] {"2606:4700::6810:85e5"},
            "internal.example.com", new String[] {"10.1.2.3"});

    private static InetAddress[] fakeDns(String host) throws UnknownHostException {
        String[] answers = DNS.get(host);
        if (answers == null) {
            if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[answers.length];
        for (int i = 0; i < answers.length; i++) {
            addresses[i] = InetAddress.getByName(answers[i]);
        }
        return addresses;
    }

    private final OutboundPolicy policy =
            OutboundPolicy.of("internal.example.com, 127.0.0.1:9000", OutboundPolicyTest::fakeDns);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.1",
                "0.0.0.0",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.100.100.200",
                "224.0.0.1",
                "255.255.255.255",
                "240.0.0.1",
                "198.18.0.1",
                "192.0.0.8",
                "::1",
                "::",
                "fe80::1",
                "fd00::1",
                "fd00:ec2::254",
                "fc00::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::a00:1",
                "2002:a00:1::1",
                "2001:db8::1"
            })
    void refusesLocalPrivateAndReservedAddresses(String literal) throws UnknownHostException {
        assertThat(OutboundPolicy.isForbidden(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "172.32.0.1",
                "100.128.0.1",
                "169.253.1.1",
                "2606:4700::6810:85e5",
                "::ffff:8.8.8.8",
                "64:ff9b::808:808",
                "2a00:1450:4007:80c::200a"
            })
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(OutboundPolicy.isForbidden(InetAddress.getByName(literal)))
                .as(literal)
                .isFalse();
    }

    @Test
    void allowsHttpsToAHostWithOnlyPublicAddressesAndAnswersThem() throws Exception {
        policy.check(URI.create("https://push.example.com/wpush/v2/abc"));
        policy.check(URI.create("https://v6.example.com/x"));
        assertThat(policy.resolve("push.example.com"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
    }

    @Test
    void refusesPlainHttpAndOtherSchemesUnlessTheHostIsAllowed() {
        assertRefused("http://push.example.com/x", "scheme");
        assertRefused("ftp://push.example.com/x", "scheme");
        assertRefused("file:///etc/passwd", "host");
        assertRefused("https://user:secret@push.example.com/x", "host");
    }

    @Test
    void refusesHostsThatResolveToAForbiddenAddressEvenAmongPublicOnes() {
        assertRefused("https://metadata.example.com/latest/meta-data", "address");
        assertRefused("https://rebind.example.com/x", "address");
        assertRefused("https://169.254.169.254/latest", "address");
        assertRefused("https://[::1]/x", "address");
        assertRefused("https://localhost.invalid/x", "unresolved");
    }

    @Test
    void trustsAllowListedHostsAndHostPortsAsTheyAre() throws Exception {
        policy.check(URI.create("http://internal.example.com/repo.git"));
        policy.check(URI.create("http://127.0.0.1:9000/push"));
        assertRefused("http://127.0.0.1:9001/push", "scheme");
        assertRefused("https://127.0.0.1:9001/push", "address");
        assertThat(policy.resolve("127.0.0.1"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1");
    }

    @Test
    void anAllowListEntryMustBeAHostNotAUrl() {
        assertThatThrownBy(() -> OutboundPolicy.of("https://git.example.com/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VECTORT_OUTBOUND_ALLOWED_HOSTS");
    }

    @Test
    void theResolverForHttpClientAnswersOnlyCheckedAddresses() throws Exception {
        GuardedDnsResolver resolver = new GuardedDnsResolver(policy);
        assertThat(resolver.resolve("push.example.com")).hasSize(1);
        assertThatThrownBy(() -> resolver.resolve("rebind.example.com"))
                .isInstanceOf(RefusedDestinationException.class)
                .isInstanceOf(UnknownHostException.class);
    }

    private void assertRefused(String url, String reason) {
        assertThatThrownBy(() -> policy.check(URI.create(url)))
                .as(url)
                .isInstanceOfSatisfying(
                        RefusedDestinationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
