package io.vectort.shared.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs the server may call when a user supplies them. By default: {@code https} only, to a
 * host whose every address is public ({@link PrivateAddresses}). The operator's allow-list ({@code
 * VECTORT_OUTBOUND_ALLOWED_HOSTS}: {@code host} or {@code host:port}, comma-separated) names hosts
 * that are trusted as they are: they may use {@code http} and private addresses (an internal Git
 * server, a test's fake on 127.0.0.1).
 *
 * <p>Checking a URL once and letting the HTTP client resolve the host again would leave a gap: a
 * DNS answer can change between the two (DNS rebinding). Clients must therefore connect through
 * {@link #resolve}, which answers only checked addresses — see {@link GuardedDnsResolver}.
 */
public final class OutboundPolicy {

    /** How host names become addresses; the system resolver outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowed;
    private final Resolver resolver;

    private OutboundPolicy(Set<String> allowed, Resolver resolver) {
        this.allowed = allowed;
        this.resolver = resolver;
    }

    /** The policy with the comma-separated allow-list {@code allowList} (may be empty). */
    public static OutboundPolicy of(String allowList) {
        return of(allowList, InetAddress::getAllByName);
    }

    public static OutboundPolicy of(String allowList, Resolver resolver) {
        Set<String> allowed = Arrays.stream(allowList.split(","))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        for (String entry : allowed) {
            if (entry.contains("/") || entry.contains("@")) {
                throw new IllegalArgumentException(
                        "VECTORT_OUTBOUND_ALLOWED_HOSTS takes host or host:port entries, not URLs: " + entry);
            }
        }
        return new OutboundPolicy(allowed, resolver);
    }

    /**
     * Refuses a URL that may not be called now: not http(s), credentials in it, http to a host not
     * allowed, or a host that resolves to a forbidden address.
     */
    public void check(URI url) throws RefusedDestinationException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = host(url);
        if (host.isEmpty() || url.getRawUserInfo() != null) {
            throw new RefusedDestinationException("host", "The URL must name a host, without credentials");
        }
        int port = url.getPort() >= 0 ? url.getPort() : "http".equals(scheme) ? 80 : 443;
        boolean trusted = allowed.contains(host) || allowed.contains(host + ":" + port);
        if (!"https".equals(scheme) && !("http".equals(scheme) && trusted)) {
            throw new RefusedDestinationException("scheme", "Only https URLs are allowed");
        }
        if (!trusted) {
            addresses(host, false);
        }
    }

    /**
     * The addresses of {@code host}, each checked; refused when any of them is forbidden (a host
     * that answers both public and private addresses is not trusted with either). Allow-listed
     * hosts (with any port: a resolver does not know the port, {@link #check} does) are resolved
     * without the address rules.
     */
    public InetAddress[] resolve(String host) throws RefusedDestinationException {
        String name = stripBrackets(host.toLowerCase(Locale.ROOT));
        return addresses(name, isAllowListed(name));
    }

    private InetAddress[] addresses(String name, boolean trusted) throws RefusedDestinationException {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new RefusedDestinationException("unresolved", "The host " + name + " does not resolve");
        }
        if (trusted) {
            return addresses;
        }
        if (addresses.length == 0) {
            throw new RefusedDestinationException("unresolved", "The host " + name + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (PrivateAddresses.isForbidden(address)) {
                throw new RefusedDestinationException(
                        "address", "The host " + name + " is a private, local or reserved address");
            }
        }
        return addresses;
    }

    /** Whether {@code address} is one the server never calls for a user (loopback, private, ...). */
    public static boolean isForbidden(InetAddress address) {
        return PrivateAddresses.isForbidden(address);
    }

    private boolean isAllowListed(String host) {
        return allowed.contains(host) || allowed.stream().anyMatch(entry -> entry.startsWith(host + ":"));
    }

    private static String host(URI url) {
        return url.getHost() == null ? "" : stripBrackets(url.getHost().toLowerCase(Locale.ROOT));
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
