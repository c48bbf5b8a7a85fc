const STORAGE_PREFIX = "kitchen-lab-co";

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


function setUpTheme() {
  const toggle = document.getElementById("theme-toggle");
  let theme = load("theme", window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  function apply() {
    document.documentElement.dataset.theme = theme;
    toggle.setAttribute("aria-pressed", String(theme === "dark"));
  }
  toggle.addEventListener("click", () => {
    theme = theme === "dark" ? "light" : "dark";
    save("theme", theme);
    apply();
  });
  apply();
}

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

setUpTheme();
