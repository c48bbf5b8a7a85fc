import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { AuthLayout } from '../../shared/ui/AuthLayout';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert } from '../../shared/ui/States';
import { isInvalidLink, LINK_CLASS } from './links';

/**
 * An emailed link's page: one click confirms — a click, not on load, so that a mail scanner opening
 * the link confirms nothing. `texts` names the translations (`title`, `subtitle`, `submit`, `done`,
 * `continue`, `invalidLink`, `requestNew`); `retryPath` is where a new link can be asked for.
 */
export function ConfirmLink({
  token,
  confirm,
  texts,
  retryPath,
  onConfirmed,
}: {
  token: string;
  confirm: (token: string) => Promise<void>;
  texts: string;
  retryPath: string;
  onConfirmed?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { status } = useSession();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setState('busy');
    setError(null);
    try {
      await confirm(token);
      await onConfirmed?.();
      setState('done');
    } catch (err) {
      setError(err);
      setState('idle');
    }
  };

  const next = status === 'signed-in' ? '/projects' : '/signin';
  return (
    <AuthLayout title={t(`${texts}.title`)}>
      {state === 'done' ? (
        <div className="flex flex-col gap-4">
          <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg">
            {t(`${texts}.done`)}
          </p>
          <Link to={next} className={`text-center text-sm ${LINK_CLASS}`}>
            {t(`${texts}.continue`)}
          </Link>
        </div>
      ) : isInvalidLink(error) ? (
        <div className="flex flex-col gap-4">
          <p role="alert" className="rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
            {t(`${texts}.invalidLink`)}
          </p>
          <Link to={retryPath} className={`text-center text-sm ${LINK_CLASS}`}>
            {t(`${texts}.requestNew`)}
          </Link>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted">{t(`${texts}.subtitle`)}</p>
          <ErrorAlert error={error} />
          <Button type="button" variant="primary" busy={state === 'busy'} onClick={run} className="w-full">
            {t(`${texts}.submit`)}
          </Button>
        </div>
      )}
    </AuthLayout>
  );
}
