package io.vectort.generation.starter.templates;

/** Stylesheet rules of the blog and landing-page archetypes (see {@link ArchetypeStyles}). */
final class BlogAndLandingStyles {

    static final String BLOG = """
            .blog {
              display: grid;
              gap: 1.25rem;
              max-width: 780px;
            }

            .blog > section {
              display: grid;
              gap: 1rem;
            }

            .blog-toolbar {
              display: flex;
              flex-wrap: wrap;
              justify-content: space-between;
              align-items: center;
              gap: 1rem;
            }

            .blog-toolbar h2 {
              margin: 0;
            }

            .chips {
              display: flex;
              flex-wrap: wrap;
              gap: 0.4rem;
            }

            .chip {
              font: inherit;
              font-size: 0.85rem;
              padding: 0.2rem 0.75rem;
              background: var(--surface);
              border: 1px solid var(--border);
              border-radius: 999px;
              color: var(--text);
              cursor: pointer;
            }

            .chip[aria-pressed="true"] {
              background: var(--accent);
              border-color: var(--accent);
              color: var(--accent-contrast);
            }

            .post-list {
              display: grid;
              gap: 1rem;
            }

            .post-card h3 {
              margin: 0 0 0.25rem;
              font-size: 1.25rem;
            }

            .link {
              font: inherit;
              padding: 0;
              background: none;
              border: none;
              color: inherit;
              text-align: left;
              cursor: pointer;
            }

            .link:hover {
              color: var(--accent);
              text-decoration: underline;
            }

            .meta {
              margin: 0;
              color: var(--muted);
              font-size: 0.9rem;
            }

            .badge {
              display: inline-block;
              padding: 0.05rem 0.6rem;
              border-radius: 999px;
              background: color-mix(in srgb, var(--accent) 15%, transparent);
              font-size: 0.8rem;
              font-weight: 600;
            }

            .article h2 {
              margin: 0.5rem 0;
              font-size: 2rem;
              line-height: 1.2;
            }

            .article-body p {
              margin: 0 0 1rem;
            }

            .editor {
              display: grid;
              gap: 1rem;
            }
            """;

    static final String LANDING = """
            main {
              padding: 0;
            }

            .nav {
              display: flex;
              flex-wrap: wrap;
              align-items: center;
              gap: 1rem;
            }

            .nav a:not(.btn) {
              color: var(--text);
              text-decoration: none;
            }

            .hero {
              padding: 5rem 0 4rem;
              text-align: center;
              background: linear-gradient(180deg, color-mix(in srgb, var(--accent) 14%, var(--bg)), var(--bg));
            }

            .hero h1 {
              margin: 0 0 1rem;
              font-size: clamp(2.2rem, 5vw, 3.5rem);
              line-height: 1.1;
            }

            .hero p {
              max-width: 40rem;
              margin: 0 auto 2rem;
              color: var(--muted);
              font-size: 1.2rem;
            }

            .hero .btn {
              padding: 0.8rem 1.5rem;
              font-size: 1.05rem;
            }

            .section {
              padding: 3.5rem 0;
            }

            .section > .container > h2 {
              margin-bottom: 2rem;
              font-size: 1.75rem;
              text-align: center;
            }

            .feature-grid,
            .plans {
              display: grid;
              grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
              gap: 1.25rem;
            }

            .feature h3 {
              margin: 0 0 0.5rem;
            }

            .feature p {
              margin: 0;
            }

            .feature-icon {
              display: inline-grid;
              place-items: center;
              width: 2.5rem;
              height: 2.5rem;
              margin-bottom: 0.75rem;
              border-radius: 10px;
              background: var(--accent);
              color: var(--accent-contrast);
              font-weight: 700;
            }

            .plan {
              display: flex;
              flex-direction: column;
              gap: 0.75rem;
            }

            .plan h3 {
              margin: 0;
            }

            .plan.featured {
              border: 2px solid var(--accent);
            }

            .price {
              margin: 0;
              font-size: 2.25rem;
              font-weight: 800;
            }

            .price span {
              color: var(--muted);
              font-size: 1rem;
              font-weight: 400;
            }

            .plan ul {
              flex: 1;
              margin: 0;
              padding-left: 1.1rem;
            }

            .signup {
              max-width: 540px;
            }

            .signup form {
              display: grid;
              gap: 1rem;
            }

            .notice {
              padding: 0.75rem 1rem;
              border-radius: 8px;
              background: color-mix(in srgb, var(--accent) 12%, var(--surface));
            }

            .error {
              color: var(--danger);
            }
            """;

    private BlogAndLandingStyles() {}
}
