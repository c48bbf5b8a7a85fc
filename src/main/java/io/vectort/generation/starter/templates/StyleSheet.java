package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/**
 * The one stylesheet every web UI of the starter uses (plain HTML, React, Vue and the Express
 * landing page share class names): CSS variables for the accent and the theme, the base
 * components, and the rules of the app's archetype only.
 */
final class StyleSheet {

    private static final String BASE = """
            :root {
              --accent: «accent»;
              --accent-contrast: #ffffff;
              --bg: #f6f7fb;
              --surface: #ffffff;
              --text: #1f2430;
              --muted: #5b6475;
              --border: #dfe3ec;
              --danger: #b42318;
              --radius: 12px;
              --shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 4px 12px rgb(16 24 40 / 6%);
              color-scheme: light;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
            }
            «dark»
            * {
              box-sizing: border-box;
            }

            /* Components set their own display; hidden must still win over it. */
            [hidden] {
              display: none !important;
            }

            body {
              margin: 0;
              background: var(--bg);
              color: var(--text);
              line-height: 1.5;
            }

            .container {
              width: min(1100px, 100% - 2rem);
              margin-inline: auto;
            }

            .app-header {
              background: var(--surface);
              border-bottom: 1px solid var(--border);
            }

            .header-inner {
              display: flex;
              align-items: center;
              justify-content: space-between;
              gap: 1rem;
              padding-block: 1rem;
            }

            .app-header h1,
            .brand {
              margin: 0;
              font-size: 1.35rem;
              font-weight: 700;
            }

            .app-header h1::before,
            .brand::before {
              content: "";
              display: inline-block;
              width: 0.7rem;
              height: 0.7rem;
              margin-right: 0.6rem;
              border-radius: 50%;
              background: var(--accent);
              vertical-align: middle;
            }

            main {
              padding-block: 1.5rem 3rem;
            }

            h2 {
              margin: 0 0 1rem;
              font-size: 1.15rem;
            }

            .card {
              background: var(--surface);
              border: 1px solid var(--border);
              border-radius: var(--radius);
              box-shadow: var(--shadow);
              padding: 1.25rem;
            }

            .btn {
              display: inline-block;
              font: inherit;
              text-decoration: none;
              border: 1px solid transparent;
              border-radius: 8px;
              padding: 0.5rem 0.9rem;
              background: transparent;
              color: var(--text);
              cursor: pointer;
            }

            .btn-primary {
              background: var(--accent);
              color: var(--accent-contrast);
            }

            .btn-primary:hover {
              filter: brightness(1.1);
            }

            .btn-ghost {
              border-color: var(--border);
            }

            .btn-danger {
              color: var(--danger);
            }

            .btn-small {
              padding: 0.25rem 0.6rem;
              font-size: 0.9rem;
            }

            :focus-visible {
              outline: 3px solid color-mix(in srgb, var(--accent) 55%, transparent);
              outline-offset: 2px;
            }

            .field {
              display: flex;
              flex-direction: column;
              gap: 0.35rem;
            }

            .field label {
              font-weight: 600;
              font-size: 0.9rem;
            }

            .field.checkbox {
              flex-direction: row;
              align-items: center;
              gap: 0.5rem;
            }

            input,
            textarea,
            select {
              font: inherit;
              color: inherit;
              background: var(--bg);
              border: 1px solid var(--border);
              border-radius: 8px;
              padding: 0.5rem 0.65rem;
            }

            input[type="checkbox"] {
              width: 1.15rem;
              height: 1.15rem;
              accent-color: var(--accent);
            }

            textarea {
              min-height: 6rem;
              resize: vertical;
            }

            .form-grid {
              display: grid;
              grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
              gap: 1rem;
              align-items: end;
            }

            .form-grid h2,
            .form-actions,
            .field-wide {
              grid-column: 1 / -1;
            }

            .form-actions {
              display: flex;
              flex-wrap: wrap;
              gap: 0.5rem;
            }

            .empty {
              padding: 2rem 1rem;
              color: var(--muted);
              text-align: center;
            }

            .muted {
              color: var(--muted);
            }

            .sr-only {
              position: absolute;
              width: 1px;
              height: 1px;
              padding: 0;
              margin: -1px;
              overflow: hidden;
              clip: rect(0 0 0 0);
              white-space: nowrap;
              border: 0;
            }

            .site-footer {
              padding: 2rem 1rem;
              color: var(--muted);
              font-size: 0.9rem;
              text-align: center;
            }

            @media (max-width: 640px) {
              .header-inner {
                flex-wrap: wrap;
              }
            }
            """;

    private static final String DARK = """

            [data-theme="dark"] {
              --bg: #0f141c;
              --surface: #171e29;
              --text: #e6e9ef;
              --muted: #9aa4b5;
              --border: #2a3342;
              --danger: #f97066;
              --shadow: none;
              color-scheme: dark;
            }
            """;

    private StyleSheet() {}

    static String render(AppSpec spec) {
        String base = Template.of(BASE)
                .with("accent", spec.accent().hex())
                .with("dark", spec.darkMode() ? DARK : "")
                .render();
        return base + "\n" + ArchetypeStyles.of(spec.archetype());
    }
}
