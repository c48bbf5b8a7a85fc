package io.vectort.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the web app's {@code index.html} for its client-side routes ({@code /projects/42}), so a
 * reload or a shared link works. API, preview, site, docs and asset paths are never rewritten.
 */
@Component
class SpaForwardingFilter extends OncePerRequestFilter {

    private static final List<String> SERVER_PREFIXES =
            List.of("/api/", "/v1/", "/actuator", "/livez", "/readyz", "/preview/", "/sites/", "/assets/", "/error");

    private final boolean appPresent = new ClassPathResource("static/index.html").exists();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!appPresent || !"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        boolean wantsPage = accept != null && accept.contains("text/html");
        boolean lastSegmentIsFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
        return path.equals("/")
                || !wantsPage
                || lastSegmentIsFile
                || SERVER_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher("/index.html").forward(request, response);
    }
}
