package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void trustsNobodyByDefault() {
        assertThat(TrustedProxies.parse(List.of()).trusts("127.0.0.1")).isFalse();
    }

    @Test
    void matchesAddressesAndCidrBlocks() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));
        assertThat(proxies.trusts("10.255.0.1")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("192.168.1.7")).isTrue();
        assertThat(proxies.trusts("192.168.1.8")).isFalse();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("[fd12:3456::1]")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("::ffff:10.1.2.3")).as("IPv4-mapped").isTrue();
    }

    @Test
    void neverResolvesNames() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("0.0.0.0/0"));
        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(proxies.trusts("999.1.1.1")).isFalse();
        assertThat(TrustedProxies.isAddress("proxy.internal")).isFalse();
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("proxy.internal")))
                .hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }

    @Test
    void badSettingsFailAtStartupNamingTheVariable() {
        assertThatThrownBy(() -> new WebProperties("", List.of("10.0.0.0/8", "nope"), ""))
                .hasMessageContaining("VECTORT_TRUSTED_PROXIES");
        assertThatThrownBy(() -> new WebProperties("vectort.example.com", List.of(), ""))
                .hasMessageContaining("VECTORT_PUBLIC_URL");
        assertThatThrownBy(() -> new WebProperties("", List.of(), "short"))
                .hasMessageContaining("VECTORT_METRICS_TOKEN");
    }
}
