import { APP_NAME } from "../config.js";
import { TAGLINE } from "../content.js";

export default function Hero() {
  return (
    <section className="hero">
      <div className="container">
        <h1>{APP_NAME}</h1>
        <p>{TAGLINE}</p>
        <a className="btn btn-primary" href="#signup">
          Accès anticipé
        </a>
      </div>
    </section>
  );
}
