
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
