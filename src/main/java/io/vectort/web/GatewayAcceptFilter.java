package io.vectort.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The OpenAI-compatible API answers JSON (or the event stream a request asks for in its body)
 * whatever {@code Accept} says, as OpenAI does: OpenAI clients send all sorts of {@code Accept}
 * headers, and none of them expects a 406. The header is hidden from everything downstream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class GatewayAcceptFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ErrorResponses.isGateway(request.getRequestURI());
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new AnyAccepted(request), response);
    }

    private static final class AnyAccepted extends HttpServletRequestWrapper {

        AnyAccepted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return isAccept(name) ? "*/*" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isAccept(name) ? Collections.enumeration(java.util.List.of("*/*")) : super.getHeaders(name);
        }

        private static boolean isAccept(String name) {
            return "Accept".equalsIgnoreCase(name);
        }
    }
}
