package io.vectort.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the configured proxies
 * ({@code VECTORT_TRUSTED_PROXIES}), first of all filters: the client address keys the sign-up rate
 * limit, and the scheme decides whether cookies are {@code Secure}. Tomcat's and Spring's own
 * handling is off ({@code server.forward-headers-strategy: none}): they trust every private address,
 * so anyone on the same network could pick their own address.
 *
 * <p>The client is the right-most address in {@code X-Forwarded-For} that is not itself a trusted
 * proxy: each proxy appends the peer it saw, so addresses left of the first untrusted one are
 * whatever that peer claimed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedHeadersFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    ForwardedHeadersFilter(WebProperties properties) {
        this.proxies = TrustedProxies.parse(properties.trustedProxies());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String peer = request.getRemoteAddr();
        if (!proxies.trusts(peer)) {
            chain.doFilter(new ForwardedRequest(request, peer, Optional.empty()), response);
            return;
        }
        chain.doFilter(new ForwardedRequest(request, clientBehind(peer, request), scheme(request)), response);
    }

    private String clientBehind(String peer, HttpServletRequest request) {
        List<String> hops = values(request, "X-Forwarded-For");
        String client = peer;
        for (int i = hops.size() - 1; i >= 0 && proxies.trusts(client); i--) {
            String hop = hops.get(i);
            if (!TrustedProxies.isAddress(hop)) {
                // A name or garbage: the chain cannot be followed further back.
                break;
            }
            client = hop;
        }
        return client;
    }

    /** The scheme the nearest proxy reports (the last value: proxies append). */
    private static Optional<String> scheme(HttpServletRequest request) {
        List<String> protos = values(request, "X-Forwarded-Proto");
        if (protos.isEmpty()) {
            return Optional.empty();
        }
        String proto = protos.getLast().toLowerCase(Locale.ROOT);
        return proto.equals("https") || proto.equals("http") ? Optional.of(proto) : Optional.empty();
    }

    private static List<String> values(HttpServletRequest request, String header) {
        List<String> values = new ArrayList<>();
        for (String line : Collections.list(request.getHeaders(header))) {
            for (String value : line.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
