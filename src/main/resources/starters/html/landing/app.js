
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
  result.textContent = `«uiThanks:${name}»`;
  result.hidden = false;
});
«themeCall»