import { APP_NAME } from "./config.js";
import { useStoredState } from "./storage.js";
import { categories as sampleCategories, authors as sampleAuthors } from "./data/seed.js";
import CategoriesPanel from "./components/CategoriesPanel.jsx";
import AuthorsPanel from "./components/AuthorsPanel.jsx";
import ThemeToggle from "./components/ThemeToggle.jsx";

const TABS = [
  { id: "categories", label: "Categories" },
  { id: "authors", label: "Authors" },
];

export default function App() {
  const [tab, setTab] = useStoredState("tab", TABS[0].id);
  const [categories, setCategories] = useStoredState("categories", sampleCategories);
  const [authors, setAuthors] = useStoredState("authors", sampleAuthors);
  const counts = { categories: categories.length, authors: authors.length };
  const current = TABS.some((candidate) => candidate.id === tab) ? tab : TABS[0].id;

  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
          <ThemeToggle />
        </div>
      </header>
      <main className="container">
        <section className="stats" aria-label="Totals">
          {TABS.map(({ id, label }) => (
            <div className="stat" key={id}>
              <span className="stat-value">{counts[id]}</span>
              <span className="stat-label">{label}</span>
            </div>
          ))}
        </section>
        <nav className="tabs" role="tablist" aria-label="Sections">
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              className="tab"
              id={`tab-${id}`}
              aria-controls={`panel-${id}`}
              aria-selected={current === id}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </nav>
        {current === "categories" && <CategoriesPanel items={categories} onChange={setCategories} />}
        {current === "authors" && <AuthorsPanel items={authors} onChange={setAuthors} />}
      </main>
      <footer className="site-footer">Made with Vectort's offline starter. Your data stays in this browser.</footer>
    </>
  );
}
