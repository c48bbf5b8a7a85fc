import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { EmailSection } from './EmailSection';
import { LinkedAccountsSection } from './LinkedAccountsSection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';

/** Sign-in and security settings: password, two-factor, linked providers, active sessions. */
export function SecurityPage() {
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${t('security.title')} · Vectort`;
  }, [t]);

  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-6 px-4 py-6 outline-none sm:py-10"
      >
        <div>
          <h1 className="text-2xl font-semibold text-fg">{t('security.title')}</h1>
          <p className="mt-1 text-sm text-muted">{t('security.subtitle')}</p>
        </div>
        <EmailSection />
        <PasswordSection />
        <TwoFactorSection />
        <LinkedAccountsSection />
        <SessionsSection />
      </main>
    </div>
  );
}
