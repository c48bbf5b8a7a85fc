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
    setThanks(`Merci, ${signup.name} ! Vous êtes sur la liste.`);
    setName("");
    setEmail("");
  }

  return (
    <section className="section" id="signup" aria-labelledby="signup-title">
      <div className="container signup card">
        <h2 id="signup-title">Accès anticipé</h2>
        <p className="muted">Laissez votre nom et votre e-mail : nous vous préviendrons dès que {APP_NAME} sera prêt.</p>
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor="signup-name">Nom</label>
            <input id="signup-name" type="text" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="signup-email">E-mail</label>
            <input id="signup-email" type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
          </div>
          <button className="btn btn-primary" type="submit">
            S’inscrire
          </button>
        </form>
        <p className="notice" role="status" hidden={!thanks}>
          {thanks}
        </p>
      </div>
    </section>
  );
}
