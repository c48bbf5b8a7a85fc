package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The parts of a landing page that do not come from the description: blurbs and price plans, in
 * the app's language (phrasebook keys {@code landingBlurb1}..., {@code planStarter}...).
 */
final class LandingContent {

    /** A price plan; the featured one is highlighted. */
    record Plan(String name, String price, List<String> perks, boolean featured) {}

    private static final int PERKS = 3;

    // One short line under each highlight; the description rarely says more than the highlight itself.
    private static final int BLURBS = 6;

    private LandingContent() {}

    static List<Plan> plans(AppSpec spec) {
        return List.of(
                plan(spec, "Starter", "$0", false), plan(spec, "Pro", "$9", true), plan(spec, "Team", "$29", false));
    }

    static String blurb(AppSpec spec, int index) {
        return spec.words().word("landingBlurb" + (index % BLURBS + 1));
    }

    private static Plan plan(AppSpec spec, String key, String price, boolean featured) {
        Phrasebook words = spec.words();
        List<String> perks = IntStream.rangeClosed(1, PERKS)
                .mapToObj(i -> words.word("plan" + key + "Perk" + i))
                .toList();
        return new Plan(words.word("plan" + key), price, perks, featured);
    }
}
