import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { BalanceSection } from './BalanceSection';
import { CacheSection } from './CacheSection';
import { CheckoutReturnNotice } from './CheckoutReturnNotice';
import { LedgerSection } from './LedgerSection';
import { UsageSection } from './UsageSection';

/**
 * Usage and billing: plan and credits, buying more, what was spent, the ledger and the response
 * cache; `children` are sections of other features that belong here (the app puts them in).
 */
export function AccountPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${t('billing.title')} · Vectort`;
  }, [t]);

  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 px-4 py-6 outline-none sm:py-10"
      >
        <div>
          <h1 className="text-2xl font-semibold text-fg">{t('billing.title')}</h1>
          <p className="mt-1 text-sm text-muted">{t('billing.subtitle')}</p>
        </div>
        <CheckoutReturnNotice />
        <BalanceSection />
        <UsageSection />
        <LedgerSection />
        <CacheSection />
        {children}
      </main>
    </div>
  );
}
