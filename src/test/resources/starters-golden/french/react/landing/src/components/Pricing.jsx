import { PLANS } from "../content.js";

export default function Pricing() {
  return (
    <section className="section" id="pricing" aria-labelledby="pricing-title">
      <div className="container">
        <h2 id="pricing-title">Des tarifs simples</h2>
        <div className="plans">
          {PLANS.map((plan) => (
            <article className={plan.featured ? "card plan featured" : "card plan"} key={plan.name}>
              <h3>{plan.name}</h3>
              <p className="price">
                {plan.price} <span>/ mois</span>
              </p>
              <ul>
                {plan.perks.map((perk) => (
                  <li key={perk}>{perk}</li>
                ))}
              </ul>
              <a className={plan.featured ? "btn btn-primary" : "btn btn-ghost"} href="#signup">
                Choisir {plan.name}
              </a>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
