import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import type { AuditEntry } from './api';

/** On narrow screens each row is a card, its cells labelled from `data-label`. */
const CELL =
  'border-b border-border px-2 py-1.5 align-top text-fg max-md:flex max-md:gap-3 max-md:border-0 max-md:px-0 max-md:py-0.5 max-md:before:w-28 max-md:before:shrink-0 max-md:before:font-sans max-md:before:text-sm max-md:before:text-muted max-md:before:content-[attr(data-label)]';
const HEAD = 'border-b border-border px-2 py-1.5 text-xs font-semibold tracking-wide text-muted uppercase';

/** A short reading of the details: "member → admin" for a change, else its fields. */
export function describeDetails(details: AuditEntry['details']): string {
  if (!details) return '';
  if ('from' in details && 'to' in details) return `${String(details.from)} → ${String(details.to)}`;
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns = {
    when: t('audit.columns.when'),
    actor: t('audit.columns.actor'),
    action: t('audit.columns.action'),
    target: t('audit.columns.target'),
    address: t('audit.columns.address'),
  };
  return (
    <table className="w-full border-collapse text-left text-sm max-md:block">
      <caption className="sr-only">{t('audit.caption')}</caption>
      <thead className="max-md:sr-only">
        <tr>
          <th scope="col" className={HEAD}>
            {columns.when}
          </th>
          <th scope="col" className={HEAD}>
            {columns.actor}
          </th>
          <th scope="col" className={HEAD}>
            {columns.action}
          </th>
          <th scope="col" className={HEAD}>
            {columns.target}
          </th>
          <th scope="col" className={HEAD}>
            {columns.address}
          </th>
        </tr>
      </thead>
      <tbody className="max-md:flex max-md:flex-col max-md:gap-3">
        {entries.map((entry) => {
          const details = describeDetails(entry.details);
          return (
            <tr
              key={entry.id}
              data-testid="audit-row"
              className="max-md:block max-md:rounded-lg max-md:border max-md:border-border max-md:bg-surface max-md:p-3"
            >
              <td data-label={columns.when} className={`${CELL} whitespace-nowrap`}>
                <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt, lang)}</time>
              </td>
              <td data-label={columns.actor} className={`${CELL} break-all`}>
                {entry.actor?.email ?? entry.actor?.userId ?? t('audit.system')}
              </td>
              <td data-label={columns.action} className={`${CELL} font-mono text-xs break-all`}>
                {entry.action}
              </td>
              <td data-label={columns.target} className={`${CELL} break-all`}>
                <span className="flex flex-col">
                  <span>{[entry.targetType, entry.targetId].filter(Boolean).join(' ') || '—'}</span>
                  {details && <span className="text-xs text-muted">{details}</span>}
                </span>
              </td>
              <td data-label={columns.address} className={`${CELL} font-mono text-xs`}>
                {entry.clientAddress ?? '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
