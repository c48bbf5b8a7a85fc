package io.vectort.generation.catalog;

import java.util.Optional;

/**
 * Why a generation has the application type or the framework it has, shown to the person so that
 * they can override it.
 *
 * @param source how it was decided
 * @param evidence the words of the description that decided it, as the person wrote them ({@code
 *     inventory}, {@code liste de courses}, {@code in React}); present only for {@link
 *     Source#DESCRIPTION}
 */
public record ChoiceReason(Source source, Optional<String> evidence) {

    public static final ChoiceReason CHOSEN = new ChoiceReason(Source.CHOSEN, Optional.empty());
    public static final ChoiceReason KEPT = new ChoiceReason(Source.KEPT, Optional.empty());
    public static final ChoiceReason DEFAULT = new ChoiceReason(Source.DEFAULT, Optional.empty());

    public static ChoiceReason described(String words) {
        return new ChoiceReason(Source.DESCRIPTION, Optional.of(words));
    }

    /** How an application type or a framework was decided. */
    public enum Source {
        /** The person picked it. */
        CHOSEN,
        /** Read from words of the description. */
        DESCRIPTION,
        /** A follow-up keeps the type (or framework) of the project's earlier generations. */
        KEPT,
        /**
         * Nothing in the description named one: a dashboard (records of what it describes), plain
         * HTML.
         */
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
