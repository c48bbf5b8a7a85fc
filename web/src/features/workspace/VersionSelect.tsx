import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Version } from '../../shared/api/types';

export function VersionSelect({
  versions,
  value,
  onChange,
  label,
}: {
  versions: Version[];
  value: number;
  onChange: (version: number) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const newest = versions[0]?.number;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-muted">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="rounded-md border border-border bg-surface px-2 py-1 text-sm text-fg"
      >
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {v.number === newest
              ? t('versions.optionLatest', { version: v.number })
              : t('versions.option', { version: v.number })}
          </option>
        ))}
      </select>
    </div>
  );
}
