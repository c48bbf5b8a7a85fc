package io.vectort.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body (see {@link HttpLimitsProperties}) before security or a controller
 * reads it, so an oversized body costs neither memory nor a half-done request: a declared
 * {@code Content-Length} above the limit is refused at once, and a chunked body is read up to the
 * limit here and refused as soon as it grows past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final HttpLimitsProperties limits;
    private final ErrorResponses errors;

    BodySizeLimitFilter(HttpLimitsProperties limits, ErrorResponses errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long limit = limits.limitFor(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, path, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                tooLarge(response, path, limit);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response, String path, long limit) throws IOException {
        // The rest of the body is never read: the connection cannot carry another request.
        response.setHeader("Connection", "close");
        errors.write(
                response,
                path,
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "The request body is larger than this endpoint accepts (" + limit + " bytes)");
    }

    /** A chunked body already read whole, served to whoever reads it next. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final int length;
        private final BufferedBody body;

        BufferedBodyRequest(HttpServletRequest request, byte[] bytes) {
            super(request);
            this.length = bytes.length;
            this.body = new BufferedBody(new ByteArrayInputStream(bytes));
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownCharset) {
                // Keep UTF-8, the only encoding the API speaks.
            }
            return new BufferedReader(new InputStreamReader(body, charset));
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }

        @Override
        public int getContentLength() {
            return length;
        }
    }

    private static final class BufferedBody extends ServletInputStream {

        private final ByteArrayInputStream in;

        BufferedBody(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("The body is already buffered; read it blocking");
        }
    }
}
