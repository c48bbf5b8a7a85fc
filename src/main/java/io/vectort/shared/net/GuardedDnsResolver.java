package io.vectort.shared.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Apache HttpClient's name resolution through an {@link OutboundPolicy}: the client connects only
 * to addresses the policy checked at that moment, whatever DNS answered when the URL was first
 * validated. Use it with redirects and proxies disabled.
 */
public final class GuardedDnsResolver implements DnsResolver {

    private final OutboundPolicy policy;

    public GuardedDnsResolver(OutboundPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return policy.resolve(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
