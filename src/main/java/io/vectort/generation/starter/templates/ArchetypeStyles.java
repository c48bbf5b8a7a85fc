package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Archetype;

/** The stylesheet rules only one archetype needs, appended to {@link StyleSheet}'s base. */
final class ArchetypeStyles {

    private static final String DASHBOARD = """
            .stats {
              display: grid;
              grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
              gap: 1rem;
              margin-bottom: 1.5rem;
            }

            .stat {
              background: var(--surface);
              border: 1px solid var(--border);
              border-top: 4px solid var(--accent);
              border-radius: var(--radius);
              padding: 1rem 1.25rem;
            }

            .stat-value {
              display: block;
              font-size: 1.75rem;
              font-weight: 700;
            }

            .stat-label {
              color: var(--muted);
            }

            .tabs {
              display: flex;
              gap: 0.25rem;
              margin-bottom: 1.25rem;
              border-bottom: 1px solid var(--border);
              overflow-x: auto;
            }

            .tab {
              font: inherit;
              padding: 0.6rem 1rem;
              background: none;
              border: none;
              border-bottom: 3px solid transparent;
              color: var(--muted);
              cursor: pointer;
            }

            .tab[aria-selected="true"] {
              color: var(--text);
              font-weight: 600;
              border-bottom-color: var(--accent);
            }

            .panel {
              display: grid;
              gap: 1.25rem;
            }

            .table-toolbar {
              display: flex;
              flex-wrap: wrap;
              justify-content: space-between;
              align-items: center;
              gap: 1rem;
              margin-bottom: 0.75rem;
            }

            .table-toolbar h2 {
              margin: 0;
            }

            .table-wrap {
              overflow-x: auto;
            }

            table {
              width: 100%;
              border-collapse: collapse;
            }

            th,
            td {
              padding: 0.6rem 0.5rem;
              border-bottom: 1px solid var(--border);
              text-align: left;
              vertical-align: top;
            }

            th {
              color: var(--muted);
              font-size: 0.8rem;
              letter-spacing: 0.04em;
              text-transform: uppercase;
            }

            .num {
              text-align: right;
              font-variant-numeric: tabular-nums;
            }

            .clip {
              max-width: 18rem;
              overflow: hidden;
              text-overflow: ellipsis;
              white-space: nowrap;
            }

            .row-actions {
              text-align: right;
              white-space: nowrap;
            }
            """;

    private static final String TODO = """
            .todo {
              display: grid;
              gap: 1rem;
              max-width: 680px;
            }

            .add-form {
              display: grid;
              grid-template-columns: 1fr auto auto;
              gap: 0.5rem;
            }

            .filters {
              display: flex;
              gap: 0.25rem;
            }

            .filters .btn[aria-pressed="true"] {
              background: var(--accent);
              color: var(--accent-contrast);
            }

            .todo-list {
              margin: 0;
              padding: 0;
              list-style: none;
            }

            .todo-item {
              display: flex;
              align-items: center;
              gap: 0.75rem;
              padding: 0.65rem 0.25rem;
              border-bottom: 1px solid var(--border);
            }

            .todo-item label {
              display: flex;
              flex: 1;
              align-items: center;
              gap: 0.75rem;
              cursor: pointer;
            }

            .todo-item.done .todo-title {
              color: var(--muted);
              text-decoration: line-through;
            }

            .due {
              color: var(--muted);
              font-size: 0.85rem;
            }

            .due.overdue {
              color: var(--danger);
              font-weight: 600;
            }

            .list-footer {
              display: flex;
              flex-wrap: wrap;
              justify-content: space-between;
              align-items: center;
              gap: 1rem;
            }

            .list-footer p,
            .list-footer h2 {
              margin: 0;
            }

            @media (max-width: 640px) {
              .add-form {
                grid-template-columns: 1fr;
              }
            }
            """;

    private ArchetypeStyles() {}

    static String of(Archetype archetype) {
        return switch (archetype) {
            case DASHBOARD -> DASHBOARD;
            case TODO -> TODO;
            case BLOG -> BlogAndLandingStyles.BLOG;
            case LANDING -> BlogAndLandingStyles.LANDING;
        };
    }
}
