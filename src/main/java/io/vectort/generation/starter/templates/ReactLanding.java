package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.SequencedMap;

/** The React landing page: hero, features, pricing and a sign-up form kept in the browser. */
final class ReactLanding {

    private static final String APP = """
            import { APP_NAME } from "./config.js";
            import Features from "./components/Features.jsx";
            import Hero from "./components/Hero.jsx";
            import Pricing from "./components/Pricing.jsx";
            import SignupForm from "./components/SignupForm.jsx";
            «themeImport»
            export default function App() {
              return (
                <>
                  <header className="app-header">
                    <div className="container header-inner">
                      <span className="brand">{APP_NAME}</span>
                      <nav className="nav" aria-label="Main">
                        <a href="#features">Features</a>
                        <a href="#pricing">Pricing</a>
                        <a className="btn btn-primary btn-small" href="#signup">
                          Sign up
                        </a>
            «toggle»          </nav>
                    </div>
                  </header>
                  <main>
                    <Hero />
                    <Features />
                    <Pricing />
                    <SignupForm />
                  </main>
                  <footer className="site-footer">© {APP_NAME}. Made with Vectort's offline starter.</footer>
                </>
              );
            }
            """;

    private static final String HERO = """
            import { APP_NAME } from "../config.js";
            import { TAGLINE } from "../content.js";

            export default function Hero() {
              return (
                <section className="hero">
                  <div className="container">
                    <h1>{APP_NAME}</h1>
                    <p>{TAGLINE}</p>
                    <a className="btn btn-primary" href="#signup">
                      Get early access
                    </a>
                  </div>
                </section>
              );
            }
            """;

    private static final String FEATURES = """
            import { APP_NAME } from "../config.js";
            import { HIGHLIGHTS } from "../content.js";

            export default function Features() {
              return (
                <section className="section" id="features" aria-labelledby="features-title">
                  <div className="container">
                    <h2 id="features-title">Why {APP_NAME}</h2>
                    <div className="feature-grid">
                      {HIGHLIGHTS.map((highlight, index) => (
                        <article className="card feature" key={highlight.title}>
                          <span className="feature-icon" aria-hidden="true">
                            {index + 1}
                          </span>
                          <h3>{highlight.title}</h3>
                          <p className="muted">{highlight.text}</p>
                        </article>
                      ))}
                    </div>
                  </div>
                </section>
              );
            }
            """;

    private static final String PRICING = """
            import { PLANS } from "../content.js";

            export default function Pricing() {
              return (
                <section className="section" id="pricing" aria-labelledby="pricing-title">
                  <div className="container">
                    <h2 id="pricing-title">Simple pricing</h2>
                    <div className="plans">
                      {PLANS.map((plan) => (
                        <article className={plan.featured ? "card plan featured" : "card plan"} key={plan.name}>
                          <h3>{plan.name}</h3>
                          <p className="price">
                            {plan.price} <span>/ month</span>
                          </p>
                          <ul>
                            {plan.perks.map((perk) => (
                              <li key={perk}>{perk}</li>
                            ))}
                          </ul>
                          <a className={plan.featured ? "btn btn-primary" : "btn btn-ghost"} href="#signup">
                            Choose {plan.name}
                          </a>
                        </article>
                      ))}
                    </div>
                  </div>
                </section>
              );
            }
            """;

    private static final String SIGNUP = """
            import { useState } from "react";
            import { APP_NAME } from "../config.js";
            import { useStoredState } from "../storage.js";

            export default function SignupForm() {
              const [signups, setSignups] = useStoredState("signups", []);
              const [name, setName] = useState("");
              const [email, setEmail] = useState("");
              const [thanks, setThanks] = useState("");

              function submit(event) {
                event.preventDefault();
                const signup = { name: name.trim(), email: email.trim(), signedUpAt: new Date().toISOString() };
                setSignups([...signups.filter((other) => other.email !== signup.email), signup]);
                setThanks(`Thanks, ${signup.name}! You are on the list.`);
                setName("");
                setEmail("");
              }

              return (
                <section className="section" id="signup" aria-labelledby="signup-title">
                  <div className="container signup card">
                    <h2 id="signup-title">Get early access</h2>
                    <p className="muted">Leave your name and e-mail and we will tell you when {APP_NAME} is ready.</p>
                    <form onSubmit={submit}>
                      <div className="field">
                        <label htmlFor="signup-name">Name</label>
                        <input id="signup-name" type="text" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} required />
                      </div>
                      <div className="field">
                        <label htmlFor="signup-email">E-mail</label>
                        <input id="signup-email" type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
                      </div>
                      <button className="btn btn-primary" type="submit">
                        Sign up
                      </button>
                    </form>
                    <p className="notice" role="status" hidden={!thanks}>
                      {thanks}
                    </p>
                  </div>
                </section>
              );
            }
            """;

    private ReactLanding() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put(
                "src/App.jsx",
                Template.of(APP)
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("toggle", spec.darkMode() ? "            <ThemeToggle />\n" : "")
                        .render());
        files.put("src/content.js", LandingContentModule.render(spec));
        files.put("src/components/Hero.jsx", HERO);
        files.put("src/components/Features.jsx", FEATURES);
        files.put("src/components/Pricing.jsx", PRICING);
        files.put("src/components/SignupForm.jsx", SIGNUP);
    }
}
