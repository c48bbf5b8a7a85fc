import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shared/ui/Field';

export const RANGES = [7, 30, 90, 365];

/** How many days (today included, UTC) the usage pages cover. */
export function RangePicker({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField label={t('admin.range')} value={days} onChange={(e) => onChange(Number(e.target.value))}>
      {RANGES.map((n) => (
        <option key={n} value={n}>
          {t('admin.lastDays', { count: n })}
        </option>
      ))}
    </SelectField>
  );
}
