package io.vectort.generation.starter.templates;

import java.util.List;

/** The parts of a landing page that do not come from the description: blurbs and price plans. */
final class LandingContent {

    /** A price plan; the featured one is highlighted. */
    record Plan(String name, String price, List<String> perks, boolean featured) {}

    static final List<Plan> PLANS = List.of(
            new Plan(
                    "Starter",
                    "$0",
                    List.of("Everything you need to try it", "Up to 3 projects", "Community help"),
                    false),
            new Plan("Pro", "$9", List.of("Unlimited projects", "Priority e-mail support", "Export your data"), true),
            new Plan("Team", "$29", List.of("Everything in Pro", "Up to 10 people", "Shared workspaces"), false));

    // One short line under each highlight; the description rarely says more than the highlight itself.
    private static final List<String> BLURBS = List.of(
            "Built around what you do every day, so there is nothing new to learn.",
            "Quick on any screen, from a phone on the go to a big monitor at your desk.",
            "Clear settings and no surprises: you stay in control of your information.",
            "Start in minutes and grow into it at your own pace.",
            "Thoughtful details that save you a few clicks every single day.",
            "Made with care, and improved with every piece of feedback.");

    private LandingContent() {}

    static String blurb(int index) {
        return BLURBS.get(index % BLURBS.size());
    }
}
