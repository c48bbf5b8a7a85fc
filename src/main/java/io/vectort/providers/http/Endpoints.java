package io.vectort.providers.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a vendor endpoint from a configured base URL, which may carry a path and a query. */
public final class Endpoints {

    private Endpoints() {}

    /**
     * {@code base} with {@code path} appended to its path (one slash between them) and {@code query}
     * added to its own query: {@code https://x/openai/deployments/d?api-version=1} + {@code
     * /chat/completions} keeps the {@code api-version}.
     */
    public static URI resolve(URI base, String path, Map<String, String> query) {
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String joined = (basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath)
                + (path.startsWith("/") ? path : "/" + path);
        String extra = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String rawQuery = base.getRawQuery();
        String fullQuery =
                rawQuery == null || rawQuery.isEmpty() ? extra : extra.isEmpty() ? rawQuery : rawQuery + "&" + extra;
        String authority = base.getRawAuthority() == null ? "" : "//" + base.getRawAuthority();
        return URI.create(base.getScheme() + ":" + authority + joined + (fullQuery.isEmpty() ? "" : "?" + fullQuery));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
