import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi } from './api';
import { credits, usd } from './format';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { useLoader } from '../../shared/api/useLoader';

const loadUsage = (signal?: AbortSignal) => billingApi.usage(signal);

function day(iso: string, language: string): string {
  // A calendar day in UTC: formatting it in the local zone could show the day before.
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** What the last 30 days cost, per day, provider and model. */
export function UsageSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data: rows, error, reload } = useLoader(loadUsage);

  const total = (rows ?? []).reduce(
    (sum, r) => ({
      calls: sum.calls + r.calls,
      inputTokens: sum.inputTokens + r.inputTokens,
      outputTokens: sum.outputTokens + r.outputTokens,
      costUsd: sum.costUsd + r.costUsd,
      credits: sum.credits + r.credits,
    }),
    { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, credits: 0 },
  );

  return (
    <Section title={t('billing.usage.title')} testId="billing-usage">
      {error != null && <ErrorAlert error={error} onRetry={reload} />}
      {rows === null && error == null && <Loading />}
      {rows !== null && rows.length === 0 && (
        <EmptyState title={t('billing.usage.empty.title')}>{t('billing.usage.empty.body')}</EmptyState>
      )}
      {rows !== null && rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className="sr-only">{t('billing.usage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  {t('billing.usage.day')}
                </th>
                <th scope="col" className={TH}>
                  {t('billing.usage.provider')}
                </th>
                <th scope="col" className={TH}>
                  {t('billing.usage.model')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.usage.calls')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.usage.inputTokens')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.usage.outputTokens')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.usage.usd')}
                </th>
                <th scope="col" className={`${TH} ${NUM}`}>
                  {t('billing.usage.credits')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.day}/${r.provider}/${r.model}`}>
                  <td className={TD}>
                    <time dateTime={r.day}>{day(r.day, lang)}</time>
                  </td>
                  <td className={TD}>{r.provider}</td>
                  <td className={`${TD} break-all`}>{r.model}</td>
                  <td className={`${TD} ${NUM}`}>
                    {number(r.calls, lang)}
                    {r.estimatedCalls > 0 && (
                      <span className="text-muted" title={t('billing.usage.estimatedTitle')}>
                        {' '}
                        {t('billing.usage.estimated', { count: r.estimatedCalls })}
                      </span>
                    )}
                  </td>
                  <td className={`${TD} ${NUM}`}>{number(r.inputTokens, lang)}</td>
                  <td className={`${TD} ${NUM}`}>{number(r.outputTokens, lang)}</td>
                  <td className={`${TD} ${NUM}`}>{usd(r.costUsd, lang)}</td>
                  <td className={`${TD} ${NUM}`}>{credits(r.credits, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold" data-testid="usage-total">
                <th scope="row" colSpan={3} className={`${TD} text-left`}>
                  {t('billing.usage.total')}
                </th>
                <td className={`${TD} ${NUM}`}>{number(total.calls, lang)}</td>
                <td className={`${TD} ${NUM}`}>{number(total.inputTokens, lang)}</td>
                <td className={`${TD} ${NUM}`}>{number(total.outputTokens, lang)}</td>
                <td className={`${TD} ${NUM}`}>{usd(total.costUsd, lang)}</td>
                <td className={`${TD} ${NUM}`}>{credits(total.credits, lang)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Section>
  );
}
