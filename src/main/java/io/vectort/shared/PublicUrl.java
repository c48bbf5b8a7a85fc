package io.vectort.shared;

import java.net.URI;
import java.util.Optional;

/**
 * Where users reach this installation ({@code VECTORT_PUBLIC_URL}), for the links the API hands out.
 * Links are never built from a request's {@code Host} header: anyone can send one, and a link that
 * points at their host (a download, a password page) is a phishing tool. Without a configured URL,
 * links stay relative to the server that answered.
 */
public final class PublicUrl {

    private final Optional<String> base;

    private PublicUrl(Optional<String> base) {
        this.base = base;
    }

    /** Links relative to the answering server. */
    public static PublicUrl relative() {
        return new PublicUrl(Optional.empty());
    }

    /**
     * Links under {@code url}: an absolute http(s) URL without query or fragment; a trailing slash
     * is dropped.
     *
     * @throws IllegalArgumentException when {@code url} is not such a URL
     */
    public static PublicUrl of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "must be an absolute http(s) URL without query, like https://vectort.example.com: " + url);
        }
        String text = uri.toString();
        return new PublicUrl(Optional.of(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
    }

    /** The configured base URL, without a trailing slash, if any. */
    public Optional<String> base() {
        return base;
    }

    /** The link to {@code path} (which starts with a slash): absolute under the base, else relative. */
    public URI link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        return URI.create(base.map(b -> b + path).orElse(path));
    }
}
