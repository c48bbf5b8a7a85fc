package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.SequencedMap;

/** The Vue landing page: hero, features, pricing and a sign-up form kept in the browser. */
final class VueLanding {

    private static final String APP = """
            <script setup>
            import { APP_NAME } from "./config.js";
            import FeatureList from "./components/FeatureList.vue";
            import HeroSection from "./components/HeroSection.vue";
            import PricingPlans from "./components/PricingPlans.vue";
            import SignupForm from "./components/SignupForm.vue";
            «themeImport»</script>

            <template>
              <header class="app-header">
                <div class="container header-inner">
                  <span class="brand">{{ APP_NAME }}</span>
                  <nav class="nav" aria-label="Main">
                    <a href="#features">Features</a>
                    <a href="#pricing">Pricing</a>
                    <a class="btn btn-primary btn-small" href="#signup">Sign up</a>
            «toggle»      </nav>
                </div>
              </header>
              <main>
                <HeroSection />
                <FeatureList />
                <PricingPlans />
                <SignupForm />
              </main>
              <footer class="site-footer">© {{ APP_NAME }}. Made with Vectort's offline starter.</footer>
            </template>
            """;

    private static final String HERO = """
            <script setup>
            import { APP_NAME } from "../config.js";
            import { TAGLINE } from "../content.js";
            </script>

            <template>
              <section class="hero">
                <div class="container">
                  <h1>{{ APP_NAME }}</h1>
                  <p>{{ TAGLINE }}</p>
                  <a class="btn btn-primary" href="#signup">Get early access</a>
                </div>
              </section>
            </template>
            """;

    private static final String FEATURES = """
            <script setup>
            import { APP_NAME } from "../config.js";
            import { HIGHLIGHTS } from "../content.js";
            </script>

            <template>
              <section id="features" class="section" aria-labelledby="features-title">
                <div class="container">
                  <h2 id="features-title">Why {{ APP_NAME }}</h2>
                  <div class="feature-grid">
                    <article v-for="(highlight, index) in HIGHLIGHTS" :key="highlight.title" class="card feature">
                      <span class="feature-icon" aria-hidden="true">{{ index + 1 }}</span>
                      <h3>{{ highlight.title }}</h3>
                      <p class="muted">{{ highlight.text }}</p>
                    </article>
                  </div>
                </div>
              </section>
            </template>
            """;

    private static final String PRICING = """
            <script setup>
            import { PLANS } from "../content.js";
            </script>

            <template>
              <section id="pricing" class="section" aria-labelledby="pricing-title">
                <div class="container">
                  <h2 id="pricing-title">Simple pricing</h2>
                  <div class="plans">
                    <article v-for="plan in PLANS" :key="plan.name" :class="plan.featured ? 'card plan featured' : 'card plan'">
                      <h3>{{ plan.name }}</h3>
                      <p class="price">{{ plan.price }} <span>/ month</span></p>
                      <ul>
                        <li v-for="perk in plan.perks" :key="perk">{{ perk }}</li>
                      </ul>
                      <a :class="plan.featured ? 'btn btn-primary' : 'btn btn-ghost'" href="#signup">Choose {{ plan.name }}</a>
                    </article>
                  </div>
                </div>
              </section>
            </template>
            """;

    private static final String SIGNUP = """
            <script setup>
            import { ref } from "vue";
            import { APP_NAME } from "../config.js";
            import { useStoredRef } from "../storage.js";

            const signups = useStoredRef("signups", []);
            const name = ref("");
            const email = ref("");
            const thanks = ref("");

            function submit() {
              const signup = { name: name.value.trim(), email: email.value.trim(), signedUpAt: new Date().toISOString() };
              signups.value = [...signups.value.filter((other) => other.email !== signup.email), signup];
              thanks.value = `Thanks, ${signup.name}! You are on the list.`;
              name.value = "";
              email.value = "";
            }
            </script>

            <template>
              <section id="signup" class="section" aria-labelledby="signup-title">
                <div class="container signup card">
                  <h2 id="signup-title">Get early access</h2>
                  <p class="muted">Leave your name and e-mail and we will tell you when {{ APP_NAME }} is ready.</p>
                  <form @submit.prevent="submit">
                    <div class="field">
                      <label for="signup-name">Name</label>
                      <input id="signup-name" v-model="name" type="text" autocomplete="name" required />
                    </div>
                    <div class="field">
                      <label for="signup-email">E-mail</label>
                      <input id="signup-email" v-model="email" type="email" autocomplete="email" required />
                    </div>
                    <button class="btn btn-primary" type="submit">Sign up</button>
                  </form>
                  <p class="notice" role="status" :hidden="!thanks">{{ thanks }}</p>
                </div>
              </section>
            </template>
            """;

    private VueLanding() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put(
                "src/App.vue",
                Template.of(APP)
                        .with("themeImport", VueProject.themeImport(spec))
                        .with("toggle", spec.darkMode() ? "        <ThemeToggle />\n" : "")
                        .render());
        files.put("src/content.js", LandingContentModule.render(spec));
        files.put("src/components/HeroSection.vue", HERO);
        files.put("src/components/FeatureList.vue", FEATURES);
        files.put("src/components/PricingPlans.vue", PRICING);
        files.put("src/components/SignupForm.vue", SIGNUP);
    }
}
