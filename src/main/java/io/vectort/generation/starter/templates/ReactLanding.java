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
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("toggle", spec.darkMode() ? "            <ThemeToggle />\n" : "")
                        .render());
        files.put("src/content.js", LandingContentModule.render(spec));
        files.put("src/components/Hero.jsx", TemplateTexts.get(HERO));
        files.put("src/components/Features.jsx", TemplateTexts.get(FEATURES));
        files.put("src/components/Pricing.jsx", TemplateTexts.get(PRICING));
        files.put("src/components/SignupForm.jsx", TemplateTexts.get(SIGNUP));
    }
}
