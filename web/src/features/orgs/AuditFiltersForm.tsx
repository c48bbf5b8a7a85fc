import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { NO_FILTERS, type AuditFilters } from './auditQuery';

/** Who, what and when: applied together, from the first page. */
export function AuditFiltersForm({
  initial,
  actions,
  onApply,
}: {
  initial: AuditFilters;
  /** Actions seen so far, offered as suggestions. */
  actions: string[];
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initial);
  const set = (key: keyof AuditFilters) => (e: { target: { value: string } }) =>
    setFilters((f) => ({ ...f, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(filters);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('audit.filters')} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t('audit.actor')} type="search" name="actor" value={filters.actor} onChange={set('actor')} />
        <TextField
          label={t('audit.action')}
          type="search"
          name="action"
          list="audit-actions"
          value={filters.action}
          onChange={set('action')}
        />
        <TextField label={t('audit.from')} type="date" name="from" value={filters.from} onChange={set('from')} />
        <TextField
          label={t('audit.to')}
          type="date"
          name="to"
          value={filters.to}
          min={filters.from || undefined}
          onChange={set('to')}
        />
      </div>
      <datalist id="audit-actions">
        {actions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          {t('audit.apply')}
        </Button>
        <Button
          onClick={() => {
            setFilters(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
