import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/messages';
import { isMfaEnrolmentRequired, MfaEnrolmentRequired } from '../auth/MfaEnrolmentRequired';
import { Spinner } from './Spinner';

/** A loading placeholder that screen readers announce politely. */
export function Loading({ label, className = '' }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={`flex items-center justify-center gap-2 p-6 text-sm text-muted ${className}`}>
      <Spinner />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
  icon,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-3 px-6 py-12 text-center">
      {icon && (
        <div className="text-muted" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2 className="text-base font-semibold text-fg">{title}</h2>
      {children && <div className="max-w-md text-sm text-muted">{children}</div>}
      {action}
    </div>
  );
}

/** An error as a person reads it (or as `describe` tells it), with an optional retry. */
export function ErrorAlert({
  error,
  onRetry,
  describe,
  className = '',
}: {
  error: unknown;
  onRetry?: () => void;
  describe?: (error: unknown) => string;
  className?: string;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  // Any organisation request may be refused by its MFA policy: say what to do, wherever it shows.
  if (isMfaEnrolmentRequired(error)) return <MfaEnrolmentRequired className={className} />;
  return (
    <div
      role="alert"
      className={`flex flex-wrap items-start gap-3 rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger ${className}`}
    >
      <span className="min-w-0 flex-1 break-words">{describe ? describe(error) : describeError(t, error)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry} className="font-medium underline underline-offset-2">
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
