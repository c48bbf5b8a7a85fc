const STORAGE_PREFIX = "cabinet-de-kinesitherapie";

function load(name, fallback) {
  try {
    const saved = localStorage.getItem(`${STORAGE_PREFIX}:${name}`);
    return saved === null ? fallback : JSON.parse(saved);
  } catch {
    return fallback;
  }
}

function save(name, value) {
  try {
    localStorage.setItem(`${STORAGE_PREFIX}:${name}`, JSON.stringify(value));
  } catch {
    // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
  }
}


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
  result.textContent = `Merci, ${name} ! Vous êtes sur la liste.`;
  result.hidden = false;
});

