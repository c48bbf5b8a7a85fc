import { useEffect } from "react";
import { useStoredState } from "../storage.js";

const prefersDark = window.matchMedia("(prefers-color-scheme: dark)").matches;

export default function ThemeToggle() {
  const [theme, setTheme] = useStoredState("theme", prefersDark ? "dark" : "light");
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="btn btn-ghost btn-small"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? "light" : "dark")}
    >
      «uiDarkMode»
    </button>
  );
}
