import { useTranslation } from 'react-i18next';
import { number } from '../../../shared/format/format';
import { monthName, usd } from './smsFormat';
import type { SmsUsage as Usage } from './smsApi';

/** This month's texts: parts sent and received, what they cost, and how much of the month's limit is used. */
export function SmsUsage({ usage }: { usage: Usage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const budget = usage.segmentBudget;
  const share = budget ? Math.min(1, usage.segmentsSent / budget) : 0;
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4" data-testid="sms-usage">
      <h3 className="text-base font-semibold text-fg">
        {t('assistant.sms.usageTitle', { month: monthName(usage.month, lang) })}
      </h3>
      <dl className="grid grid-cols-3 gap-2 text-sm">
        <UsageFigure label={t('assistant.sms.usageSent')} value={number(usage.segmentsSent, lang)} />
        <UsageFigure label={t('assistant.sms.usageReceived')} value={number(usage.segmentsReceived, lang)} />
        <UsageFigure label={t('assistant.sms.usageCost')} value={usd(usage.costUsd, lang)} />
      </dl>
      {budget !== null && budget > 0 && (
        <>
          <div
            role="progressbar"
            aria-label={t('assistant.sms.usageBudgetLabel')}
            aria-valuemin={0}
            aria-valuemax={budget}
            aria-valuenow={Math.min(usage.segmentsSent, budget)}
            className="h-2 w-full overflow-hidden rounded-full bg-surface-2"
          >
            <div
              className={`h-full rounded-full ${share >= 0.9 ? 'bg-warn' : 'bg-accent'}`}
              style={{ width: `${Math.round(share * 100)}%` }}
            />
          </div>
          <p className="text-xs text-muted">
            {t('assistant.sms.usageBudget', { used: number(usage.segmentsSent, lang), budget: number(budget, lang) })}
          </p>
        </>
      )}
      <p className="text-xs text-muted">{t('assistant.sms.usageHint')}</p>
    </div>
  );
}

function UsageFigure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-base font-medium text-fg tabular-nums">{value}</dd>
    </div>
  );
}
