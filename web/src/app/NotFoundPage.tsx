import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppHeader, SkipLink } from '../shared/ui/AppHeader';
import { EmptyState } from '../shared/ui/States';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <EmptyState
          title={t('notFound.title')}
          action={
            <Link to="/" className="font-medium text-link underline underline-offset-2">
              {t('notFound.home')}
            </Link>
          }
        >
          {t('notFound.body')}
        </EmptyState>
      </main>
    </div>
  );
}
