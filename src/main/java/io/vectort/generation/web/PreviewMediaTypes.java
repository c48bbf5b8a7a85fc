package io.vectort.generation.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * The Content-Type of a preview file, from its name. Previews are answered with {@code
 * X-Content-Type-Options: nosniff} (Spring Security's default), so the browser goes by this type
 * alone: a script, module or stylesheet of the wrong type is refused. Spring's table knows the web's
 * types ({@code .js} and {@code .mjs} as {@code text/javascript}, {@code .css}, {@code .svg}, {@code
 * .woff2}, {@code .json}, {@code .wasm}...); the few that builds write and it lacks are added here.
 * Text is declared UTF-8, which every file of a version is (and Vite writes UTF-8 too), so a page
 * without {@code <meta charset>} still reads its text and scripts correctly.
 */
final class PreviewMediaTypes {

    private static final Map<String, MediaType> MISSING_FROM_SPRING = Map.of(
            "map", MediaType.APPLICATION_JSON, "webmanifest", MediaType.parseMediaType("application/manifest+json"));

    private PreviewMediaTypes() {}

    static MediaType of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        MediaType type = Optional.ofNullable(MISSING_FROM_SPRING.get(extension))
                .or(() -> MediaTypeFactory.getMediaType(fileName))
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        return type.getType().equals("text") ? new MediaType(type, StandardCharsets.UTF_8) : type;
    }
}
