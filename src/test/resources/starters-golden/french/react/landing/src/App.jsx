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
          <nav className="nav" aria-label="Principal">
            <a href="#features">Fonctionnalités</a>
            <a href="#pricing">Tarifs</a>
            <a className="btn btn-primary btn-small" href="#signup">
              S’inscrire
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
      <footer className="site-footer">© {APP_NAME}. Créé avec le générateur hors ligne de Vectort.</footer>
    </>
  );
}
