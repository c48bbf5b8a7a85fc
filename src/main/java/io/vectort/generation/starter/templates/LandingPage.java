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

    private static final String BODY = """
                <header class="app-header">
                  <div class="container header-inner">
                    <span class="brand">«name»</span>
                    <nav class="nav" aria-label="Main">
                      <a href="#features">Features</a>
                      <a href="#pricing">Pricing</a>
                      <a class="btn btn-primary btn-small" href="#signup">Sign up</a>
            «toggle»        </nav>
                  </div>
                </header>
                <main>
                  <section class="hero">
                    <div class="container">
                      <h1>«name»</h1>
                      <p>«tagline»</p>
                      <a class="btn btn-primary" href="#signup">Get early access</a>
                    </div>
                  </section>
                  <section class="section" id="features" aria-labelledby="features-title">
                    <div class="container">
                      <h2 id="features-title">Why «name»</h2>
                      <div class="feature-grid">
            «features»
                      </div>
                    </div>
                  </section>
                  <section class="section" id="pricing" aria-labelledby="pricing-title">
                    <div class="container">
                      <h2 id="pricing-title">Simple pricing</h2>
                      <div class="plans">
            «plans»
                      </div>
                    </div>
                  </section>
                  <section class="section" id="signup" aria-labelledby="signup-title">
                    <div class="container signup card">
                      <h2 id="signup-title">Get early access</h2>
                      <p class="muted">Leave your name and e-mail and we will tell you when «name» is ready.</p>
                      <form id="signup-form">
                        <div class="field">
                          <label for="signup-name">Name</label>
                          <input id="signup-name" name="name" type="text" autocomplete="name" required />
                        </div>
                        <div class="field">
                          <label for="signup-email">E-mail</label>
                          <input id="signup-email" name="email" type="email" autocomplete="email" required />
                        </div>
                        <button class="btn btn-primary" type="submit">Sign up</button>
                      </form>
                      <p class="notice" id="signup-result" role="status" hidden></p>
                    </div>
                  </section>
                </main>
                <footer class="site-footer">© «name». Made with Vectort's offline starter.</footer>""";

    private static final String LOCAL_SCRIPT = """

            const form = document.getElementById("signup-form");
            const result = document.getElementById("signup-result");

            form.addEventListener("submit", (event) => {
              event.preventDefault();
              const name = form.elements.namedItem("name").value.trim();
              const email = form.elements.namedItem("email").value.trim();
              if (!name || !email) {
                return;
              }
              const signups = load("signups", []).filter((signup) => signup.email !== email);
              save("signups", [...signups, { name, email, signedUpAt: new Date().toISOString() }]);
              form.reset();
              result.textContent = `Thanks, ${name}! You are on the list.`;
              result.hidden = false;
            });
            «themeCall»""";

    private static final String API_SCRIPT = """
            const form = document.getElementById("signup-form");
            const result = document.getElementById("signup-result");

            function report(text, failed) {
              result.textContent = text;
              result.classList.toggle("error", failed);
              result.hidden = false;
            }

            form.addEventListener("submit", async (event) => {
              event.preventDefault();
              const body = {
                name: form.elements.namedItem("name").value.trim(),
                email: form.elements.namedItem("email").value.trim(),
              };
              try {
                const response = await fetch("/api/signups", {
                  method: "POST",
                  headers: { "content-type": "application/json" },
                  body: JSON.stringify(body),
                });
                const answer = await response.json();
                if (!response.ok) {
                  report(answer.fields?.map((problem) => problem.message).join(". ") || answer.message, true);
                  return;
                }
                form.reset();
                report(`Thanks, ${answer.name}! You are on the list.`, false);
              } catch {
                report("Could not reach the server. Please try again.", true);
              }
            });
            «themeCall»""";

    private static final String FEATURE = """
            <article class="card feature">
              <span class="feature-icon" aria-hidden="true">«number»</span>
              <h3>«title»</h3>
              <p class="muted">«text»</p>
            </article>""";

    private static final String PLAN = """
            <article class="card plan«featured»">
              <h3>«name»</h3>
              <p class="price">«price» <span>/ month</span></p>
              <ul>
            «perks»
              </ul>
              <a class="btn «button»" href="#signup">Choose «name»</a>
            </article>""";

    private LandingPage() {}

    static String html(AppSpec spec) {
        String name = Html.escape(spec.name());
        String body = Template.of(BODY)
                .with("name", name)
                .with("tagline", Html.escape(spec.tagline()))
                .with("toggle", spec.darkMode() ? "          " + HtmlShell.TOGGLE + "\n" : "")
                .with("features", features(spec))
                .with("plans", plans())
                .render();
        return HtmlShell.page(spec, spec.tagline(), body);
    }

    /** The HTML project's script: sign-ups stay in this browser's storage. */
    static String localScript(AppSpec spec) {
        return VanillaScripts.storage(spec)
                + VanillaScripts.theme(spec)
                + Template.of(LOCAL_SCRIPT)
                        .with("themeCall", "\n" + VanillaScripts.themeCall(spec))
                        .render();
    }

    /** The Express project's script: sign-ups go to POST /api/signups. */
    static String apiScript(AppSpec spec) {
        String theme = spec.darkMode() ? VanillaScripts.storage(spec) + VanillaScripts.theme(spec) + "\n" : "";
        return theme
                + Template.of(API_SCRIPT)
                        .with("themeCall", "\n" + VanillaScripts.themeCall(spec))
                        .render();
    }

    private static String features(AppSpec spec) {
        List<String> cards = new ArrayList<>();
        List<String> highlights = spec.highlights();
        for (int i = 0; i < highlights.size(); i++) {
            cards.add(Template.of(FEATURE)
                    .with("number", String.valueOf(i + 1))
                    .with("title", Html.escape(highlights.get(i)))
                    .with("text", Html.escape(LandingContent.blurb(i)))
                    .render());
        }
        return Template.indent(String.join("\n", cards), 12);
    }

    private static String plans() {
        return Template.indent(
                LandingContent.PLANS.stream()
                        .map(plan -> Template.of(PLAN)
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
