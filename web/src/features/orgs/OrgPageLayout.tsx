import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';

/** The frame of the organisation pages: the header with a trail back to projects, and the page's title. */
export function OrgPageLayout({
  title,
  subtitle,
  actions,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${title} · Vectort`;
  }, [title]);

  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader>
        <nav aria-label={t('nav.breadcrumb')} className="flex min-w-0 items-center gap-1 text-sm">
          <Link to="/projects" className="hidden shrink-0 rounded px-1 text-muted hover:text-fg hover:underline sm:inline">
            {t('nav.projects')}
          </Link>
          <Link
            to="/projects"
            className="shrink-0 rounded px-1 text-muted hover:text-fg sm:hidden"
            aria-label={t('nav.projects')}
          >
            <span aria-hidden="true">←</span>
          </Link>
        </nav>
      </AppHeader>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 px-4 py-6 outline-none sm:py-10"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold break-words text-fg">{title}</h1>
            {subtitle && <p className="mt-1 text-sm text-muted">{subtitle}</p>}
          </div>
          {actions}
        </div>
        {children}
      </main>
    </div>
  );
}
