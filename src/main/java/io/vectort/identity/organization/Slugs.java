package io.vectort.identity.organization;

import io.vectort.shared.InvalidRequestException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs: what the {@code Vectort-Organization} header and URLs may name instead of an organisation's
 * id; published sites are named by the same rules.
 */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$");
    // A slug shaped like a UUID would be ambiguous with an id.
    private static final Pattern UUID_SHAPED =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private Slugs() {}

    public static String validated(String slug) {
        String candidate = slug.strip();
        if (!VALID.matcher(candidate).matches()
                || candidate.contains("--")
                || UUID_SHAPED.matcher(candidate).matches()) {
            throw new InvalidRequestException(
                    "slug",
                    "invalid-slug",
                    "must be 3 to 40 lower-case letters, digits or single hyphens, not starting or ending with a hyphen");
        }
        return candidate;
    }

    /** A slug made from a name: "Acme Café" becomes "acme-cafe"; too short a result gets a filler. */
    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 32) {
            slug = slug.substring(0, 32).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return "team";
        }
        return slug.length() < 3 ? "team-" + slug : slug;
    }
}
