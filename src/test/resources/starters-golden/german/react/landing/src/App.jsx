import { APP_NAME } from "./config.js";
import Features from "./components/Features.jsx";
import Hero from "./components/Hero.jsx";
import Pricing from "./components/Pricing.jsx";
import SignupForm from "./components/SignupForm.jsx";

export default function App() {
  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <span className="brand">{APP_NAME}</span>
          <nav className="nav" aria-label="Hauptmenü">
            <a href="#features">Funktionen</a>
            <a href="#pricing">Preise</a>
            <a className="btn btn-primary btn-small" href="#signup">
              Anmelden
            </a>
          </nav>
        </div>
      </header>
      <main>
        <Hero />
        <Features />
        <Pricing />
        <SignupForm />
      </main>
      <footer className="site-footer">© {APP_NAME}. Erstellt mit dem Offline-Generator von Vectort.</footer>
    </>
  );
}
