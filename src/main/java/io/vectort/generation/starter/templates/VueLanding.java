package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.SequencedMap;

/** The Vue landing page: hero, features, pricing and a sign-up form kept in the browser. */
final class VueLanding {

    private static final String APP = "vue/landing/App.vue";

    private static final String HERO = "vue/landing/HeroSection.vue";

    private static final String FEATURES = "vue/landing/FeatureList.vue";

    private static final String PRICING = "vue/landing/PricingPlans.vue";

    private static final String SIGNUP = "vue/landing/SignupForm.vue";

    private VueLanding() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put(
                "src/App.vue",
                Template.load(APP)
                        .words(spec)
                        .with("themeImport", VueProject.themeImport(spec))
                        .with("toggle", spec.darkMode() ? "        <ThemeToggle />\n" : "")
                        .render());
        files.put("src/content.js", LandingContentModule.render(spec));
        files.put("src/components/HeroSection.vue", Template.phrased(HERO, spec));
        files.put("src/components/FeatureList.vue", Template.phrased(FEATURES, spec));
        files.put("src/components/PricingPlans.vue", Template.phrased(PRICING, spec));
        files.put("src/components/SignupForm.vue", Template.phrased(SIGNUP, spec));
    }
}
