package io.vectort.generation.starter.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code text of the starter templates, read from {@code starters/} on the classpath (UTF-8) and
 * kept after the first read: every generation renders the same few dozen texts. A missing resource
 * is a packaging bug, so it fails loudly with the path instead of generating a project without it.
 */
final class TemplateTexts {

    private static final String ROOT = "starters/";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private TemplateTexts() {}

    /** The text of {@code starters/<path>}, for example {@code html/todo/app.js}. */
    static String get(String path) {
        return CACHE.computeIfAbsent(path, TemplateTexts::read);
    }

    private static String read(String path) {
        String resource = ROOT + path;
        try (InputStream in = TemplateTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("starter template not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read starter template " + resource, e);
        }
    }
}
