import { APP_NAME } from "../config.js";
import { HIGHLIGHTS } from "../content.js";

export default function Features() {
  return (
    <section className="section" id="features" aria-labelledby="features-title">
      <div className="container">
        <h2 id="features-title">«uiWhy:{APP_NAME}»</h2>
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
