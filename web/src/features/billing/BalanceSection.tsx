import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi, browser, PACKS, PAID_PLANS, type Balance, type Plan, type Purchase } from './api';
import { credits, usd, USD_PER_CREDIT } from './format';
import { isNotConfigured, purchaseErrorMessage } from './purchaseError';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { useLoader } from '../../shared/api/useLoader';

const loadBalance = async (signal?: AbortSignal): Promise<{ balance: Balance; plans: Plan[] }> => {
  const [balance, plans] = await Promise.all([billingApi.balance(signal), billingApi.plans(signal)]);
  return { balance, plans };
};

function useLimit() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (value: number | null) => (value == null ? t('billing.unlimited') : number(value, lang));
}

/** The plan, the credits, buying more, and every plan's limits. */
export function BalanceSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const limit = useLimit();
  const { data, error, reload } = useLoader(loadBalance);
  const balance = data?.balance ?? null;
  const plans = data?.plans ?? null;
  const [buying, setBuying] = useState<string | null>(null);
  const [purchaseError, setPurchaseError] = useState<unknown>(null);

  const buy = async (key: string, purchase: Purchase) => {
    setBuying(key);
    setPurchaseError(null);
    try {
      const checkout = await billingApi.purchase(purchase);
      browser.go(checkout.checkout_url);
    } catch (e) {
      setPurchaseError(e);
      setBuying(null);
    }
  };

  return (
    <Section title={t('billing.balance.title')} testId="billing-balance">
      {error != null && <ErrorAlert error={error} onRetry={reload} />}
      {balance === null && error == null && <Loading />}
      {balance !== null && (
        <div className="flex flex-col gap-5">
          <dl className="grid gap-3 sm:grid-cols-3">
            <div className="rounded-lg bg-surface-2 p-3">
              <dt className="text-xs text-muted">{t('billing.balance.available')}</dt>
              <dd className="text-2xl font-semibold text-fg tabular-nums" data-testid="available-credits">
                {credits(balance.availableCredits, lang)}
              </dd>
              <dd className="text-sm text-muted">{usd(balance.availableUsd, lang)}</dd>
            </div>
            <div className="rounded-lg bg-surface-2 p-3">
              <dt className="text-xs text-muted">{t('billing.balance.reserved')}</dt>
              <dd className="text-2xl font-semibold text-fg tabular-nums">{credits(balance.reservedCredits, lang)}</dd>
              <dd className="text-sm text-muted">{usd(balance.reservedCredits * USD_PER_CREDIT, lang)}</dd>
            </div>
            <div className="rounded-lg bg-surface-2 p-3">
              <dt className="text-xs text-muted">{t('billing.balance.plan')}</dt>
              <dd className="text-2xl font-semibold text-fg" data-testid="plan-name">
                {balance.plan.name}
              </dd>
              <dd className="text-sm text-muted">{t('billing.balance.creditHint')}</dd>
            </div>
          </dl>

          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">{t('billing.plans.generationsPerMinute')}</dt>
            <dd className="text-fg">{limit(balance.plan.generationsPerMinute)}</dd>
            <dt className="text-muted">{t('billing.plans.apiRequestsPerDay')}</dt>
            <dd className="text-fg">{limit(balance.plan.apiRequestsPerDay)}</dd>
            <dt className="text-muted">{t('billing.plans.monthlyCredits')}</dt>
            <dd className="text-fg">
              {credits(balance.plan.monthlyCredits, lang)} ({usd(balance.plan.monthlyCredits * USD_PER_CREDIT, lang)})
            </dd>
          </dl>

          <div>
            <h3 className="mb-2 text-sm font-semibold text-fg">{t('billing.buy.title')}</h3>
            <div className="flex flex-wrap gap-2">
              {PACKS.map((pack) => {
                const dollars = Number(pack.split('-')[1]);
                return (
                  <Button
                    key={pack}
                    variant="primary"
                    busy={buying === pack}
                    disabled={buying !== null}
                    onClick={() => void buy(pack, { pack })}
                  >
                    {t('billing.buy.pack', { amount: usd(dollars, lang) })}
                  </Button>
                );
              })}
            </div>
            {purchaseError != null && (
              <p
                role="alert"
                data-testid="purchase-error"
                className={`mt-3 rounded-md border px-3 py-2 text-sm ${
                  isNotConfigured(purchaseError)
                    ? 'border-border bg-surface-2 text-fg'
                    : 'border-danger/40 bg-danger-bg text-danger'
                }`}
              >
                {purchaseErrorMessage(t, purchaseError)}
              </p>
            )}
          </div>

          {plans !== null && plans.length > 0 && (
            <div className="overflow-x-auto">
              <table className={TABLE}>
                <caption className="mb-2 text-left text-sm font-semibold text-fg">{t('billing.plans.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={TH}>
                      {t('billing.plans.plan')}
                    </th>
                    <th scope="col" className={`${TH} ${NUM}`}>
                      {t('billing.plans.generationsPerMinute')}
                    </th>
                    <th scope="col" className={`${TH} ${NUM}`}>
                      {t('billing.plans.apiRequestsPerDay')}
                    </th>
                    <th scope="col" className={`${TH} ${NUM}`}>
                      {t('billing.plans.monthlyCredits')}
                    </th>
                    <th scope="col" className={TH}>
                      {t('billing.plans.overLimit')}
                    </th>
                    <th scope="col" className={TH}>
                      <span className="sr-only">{t('billing.plans.action')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plans.map((plan) => {
                    const current = plan.id === balance.plan.id;
                    const forSale = (PAID_PLANS as readonly string[]).includes(plan.id);
                    return (
                      <tr key={plan.id} data-testid="plan-row" aria-current={current || undefined}>
                        <th scope="row" className={`${TD} font-medium`}>
                          {plan.name}
                        </th>
                        <td className={`${TD} ${NUM}`}>{limit(plan.generationsPerMinute)}</td>
                        <td className={`${TD} ${NUM}`}>{limit(plan.apiRequestsPerDay)}</td>
                        <td className={`${TD} ${NUM}`}>{credits(plan.monthlyCredits, lang)}</td>
                        <td className={TD}>
                          {plan.generationsPerMinute == null
                            ? '—'
                            : plan.queuesExcess
                              ? t('billing.plans.queued')
                              : t('billing.plans.refused')}
                        </td>
                        <td className={`${TD} text-right`}>
                          {current ? (
                            <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-fg">
                              {t('billing.plans.current')}
                            </span>
                          ) : (
                            forSale && (
                              <Button
                                size="sm"
                                busy={buying === plan.id}
                                disabled={buying !== null}
                                onClick={() => void buy(plan.id, { plan: plan.id })}
                              >
                                {t('billing.plans.switch', { name: plan.name })}
                              </Button>
                            )
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </Section>
  );
}
