package io.vectort.generation.catalog;

import java.util.Optional;

/**
 * Why a generation has the application type it has, shown to the person so that they can override
 * it.
 *
 * @param source how the type was decided
 * @param evidence the words of the description that decided it, as the person wrote them ({@code
 *     inventory}, {@code liste de courses}); present only for {@link Source#DESCRIPTION}
 */
public record AppTypeReason(Source source, Optional<String> evidence) {

    public static final AppTypeReason CHOSEN = new AppTypeReason(Source.CHOSEN, Optional.empty());
    public static final AppTypeReason KEPT = new AppTypeReason(Source.KEPT, Optional.empty());
    public static final AppTypeReason DEFAULT = new AppTypeReason(Source.DEFAULT, Optional.empty());

    public static AppTypeReason described(String words) {
        return new AppTypeReason(Source.DESCRIPTION, Optional.of(words));
    }

    /** How an application type was decided. */
    public enum Source {
        /** The person picked it. */
        CHOSEN,
        /** Read from words of the description. */
        DESCRIPTION,
        /** A follow-up keeps the type of the project's earlier generations. */
        KEPT,
        /** Nothing in the description named a type: records of what it describes (a dashboard). */
        DEFAULT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Source> fromId(String id) {
            for (Source source : values()) {
                if (source.id().equals(id)) {
                    return Optional.of(source);
                }
            }
            return Optional.empty();
        }
    }
}
