package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain-HTML landing page, shared by the HTML project (sign-ups kept in the browser) and the
 * Express project (sign-ups posted to its API).
 */
final class LandingPage {

    private static final String BODY = "html/landing/body.html";

    private static final String LOCAL_SCRIPT = "html/landing/app.js";

    private static final String API_SCRIPT = "html/landing/app-with-api.js";

    private static final String FEATURE = "html/landing/feature.html";

    private static final String PLAN = "html/landing/plan.html";

    private LandingPage() {}

    static String html(AppSpec spec) {
        String name = Html.escape(spec.name());
        String body = Template.load(BODY)
                .words(spec)
                .with("name", name)
                .with("tagline", Html.escape(spec.tagline()))
                .with("toggle", spec.darkMode() ? "          " + HtmlShell.toggle(spec) + "\n" : "")
                .with("features", features(spec))
                .with("plans", plans(spec))
                .render();
        return HtmlShell.page(spec, spec.tagline(), body);
    }

    /** The HTML project's script: sign-ups stay in this browser's storage. */
    static String localScript(AppSpec spec) {
        return VanillaScripts.storage(spec)
                + VanillaScripts.theme(spec)
                + Template.load(LOCAL_SCRIPT)
                        .words(spec)
                        .with("themeCall", "\n" + VanillaScripts.themeCall(spec))
                        .render();
    }

    /** The Express project's script: sign-ups go to POST /api/signups. */
    static String apiScript(AppSpec spec) {
        String theme = spec.darkMode() ? VanillaScripts.storage(spec) + VanillaScripts.theme(spec) + "\n" : "";
        return theme
                + Template.load(API_SCRIPT)
                        .words(spec)
                        .with("themeCall", "\n" + VanillaScripts.themeCall(spec))
                        .render();
    }

    private static String features(AppSpec spec) {
        List<String> cards = new ArrayList<>();
        List<String> highlights = spec.highlights();
        for (int i = 0; i < highlights.size(); i++) {
            cards.add(Template.load(FEATURE)
                    .with("number", String.valueOf(i + 1))
                    .with("title", Html.escape(highlights.get(i)))
                    .with("text", Html.escape(LandingContent.blurb(spec, i)))
                    .render());
        }
        return Template.indent(String.join("\n", cards), 12);
    }

    private static String plans(AppSpec spec) {
        return Template.indent(
                LandingContent.plans(spec).stream()
                        .map(plan -> Template.load(PLAN)
                                .words(spec)
                                .with("featured", plan.featured() ? " featured" : "")
                                .with("name", plan.name())
                                .with("price", plan.price())
                                .with(
                                        "perks",
                                        plan.perks().stream()
                                                .map(perk -> "    <li>" + Html.escape(perk) + "</li>")
                                                .collect(Collectors.joining("\n")))
                                .with("button", plan.featured() ? "btn-primary" : "btn-ghost")
                                .render())
                        .collect(Collectors.joining("\n")),
                12);
    }
}
