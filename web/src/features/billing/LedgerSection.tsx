import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi, type LedgerEntry } from './api';
import { credits } from './format';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';

/** Every credit movement, newest first, 20 at a time. */
export function LedgerSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [entries, setEntries] = useState<LedgerEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback((before: string | null, signal?: AbortSignal) => {
    setError(null);
    if (before) setLoadingMore(true);
    billingApi
      .ledger(before, signal)
      .then((page) => {
        setEntries((all) => (before ? [...(all ?? []), ...page.items] : page.items));
        setNext(page.nextBefore);
      })
      .catch((e) => {
        if (!signal?.aborted) setError(e);
      })
      .finally(() => setLoadingMore(false));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(null, controller.signal);
    return () => controller.abort();
  }, [load]);

  const signed = (value: number) => (value > 0 ? `+${credits(value, lang)}` : credits(value, lang));

  return (
    <Section title={t('billing.ledger.title')} testId="billing-ledger">
      {entries === null && error == null && <Loading />}
      {entries !== null && entries.length === 0 && <EmptyState title={t('billing.ledger.empty')} />}
      {entries !== null && entries.length > 0 && (
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className="sr-only">{t('billing.ledger.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  {t('billing.ledger.when')}
                </th>
                <th scope="col" className={TH}>
                  {t('billing.ledger.kind')}
                </th>
                <th scope="col" className={TH}>
                  {t('billing.ledger.description')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.ledger.credits')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.ledger.reserved')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-testid="ledger-row">
                  <td className={`${TD} whitespace-nowrap`}>
                    <time dateTime={e.createdAt}>{dateTime(e.createdAt, lang)}</time>
                  </td>
                  <td className={TD}>{t(`billing.ledger.kinds.${e.kind}`, { defaultValue: e.kind })}</td>
                  <td className={`${TD} max-w-xs break-words whitespace-normal`}>{e.description}</td>
                  <td className={`${TD} ${NUM} ${e.credits < 0 ? 'text-danger' : e.credits > 0 ? 'text-success' : ''}`}>
                    {signed(e.credits)}
                  </td>
                  <td className={`${TD} ${NUM} text-muted`}>{e.reservedCredits === 0 ? '—' : signed(e.reservedCredits)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error != null && <ErrorAlert error={error} onRetry={() => load(entries === null ? null : next)} className="mt-3" />}
      {next && entries !== null && (
        <div className="mt-3 flex justify-center">
          <Button busy={loadingMore} onClick={() => load(next)}>
            {t('billing.ledger.more')}
          </Button>
        </div>
      )}
    </Section>
  );
}
