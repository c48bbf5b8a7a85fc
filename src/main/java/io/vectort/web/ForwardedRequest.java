package io.vectort.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * A request as the client sent it to the edge: its address and scheme as a trusted proxy reported
 * them (or the connection's own), and without forwarding headers, so that nothing further in
 * (Spring, springdoc, a library) can read them again and trust what we did not.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {

    private final String clientAddress;
    private final Optional<String> scheme;

    ForwardedRequest(HttpServletRequest request, String clientAddress, Optional<String> scheme) {
        super(request);
        this.clientAddress = clientAddress;
        this.scheme = scheme;
    }

    static boolean isForwardingHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-forwarded-") || lower.equals("forwarded") || lower.equals("x-real-ip");
    }

    @Override
    public String getRemoteAddr() {
        return clientAddress;
    }

    @Override
    public String getRemoteHost() {
        return clientAddress;
    }

    @Override
    public String getScheme() {
        return scheme.orElseGet(super::getScheme);
    }

    @Override
    public boolean isSecure() {
        return scheme.map("https"::equals).orElseGet(super::isSecure);
    }

    @Override
    public String getHeader(String name) {
        return isForwardingHeader(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isForwardingHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(name -> !isForwardingHeader(name))
                .toList());
    }

    @Override
    public long getDateHeader(String name) {
        return isForwardingHeader(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public int getIntHeader(String name) {
        return isForwardingHeader(name) ? -1 : super.getIntHeader(name);
    }
}
