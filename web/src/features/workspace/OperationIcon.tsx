import { useTranslation } from 'react-i18next';

const SYMBOL: Record<string, string> = { write: '✎', patch: '±', delete: '−', rename: '→' };

/** A file operation as a symbol, with its name for screen readers. */
export function OperationIcon({ operation }: { operation: string }) {
  const { t } = useTranslation();
  return (
    <span
      className="inline-flex w-4 shrink-0 justify-center text-muted"
      title={t(`operations.${operation}`, { defaultValue: operation })}
    >
      <span aria-hidden="true">{SYMBOL[operation] ?? '•'}</span>
      <span className="sr-only">{t(`operations.${operation}`, { defaultValue: operation })}</span>
    </span>
  );
}
