package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.SequencedMap;

/** The React landing page: hero, features, pricing and a sign-up form kept in the browser. */
final class ReactLanding {

    private static final String APP = "react/landing/App.jsx";

    private static final String HERO = "react/landing/Hero.jsx";

    private static final String FEATURES = "react/landing/Features.jsx";

    private static final String PRICING = "react/landing/Pricing.jsx";

    private static final String SIGNUP = "react/landing/SignupForm.jsx";

    private ReactLanding() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put(
                "src/App.jsx",
                Template.load(APP)
                        .words(spec)
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("toggle", spec.darkMode() ? "            <ThemeToggle />\n" : "")
                        .render());
        files.put("src/content.js", LandingContentModule.render(spec));
        files.put("src/components/Hero.jsx", Template.phrased(HERO, spec));
        files.put("src/components/Features.jsx", Template.phrased(FEATURES, spec));
        files.put("src/components/Pricing.jsx", Template.phrased(PRICING, spec));
        files.put("src/components/SignupForm.jsx", Template.phrased(SIGNUP, spec));
    }
}
