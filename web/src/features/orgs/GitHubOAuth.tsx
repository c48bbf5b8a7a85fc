import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert } from '../../shared/ui/States';
import { connectionsApi } from './connectionsApi';

export interface GitHubReturn {
  outcome: 'connected' | 'error';
  reason?: string;
}

/**
 * What the server's "Connect with GitHub" callback came back with (`?github=connected` or
 * `?github=error&reason=…`), taken out of the address so a reload does not show it again.
 */
export function takeGitHubReturn(): GitHubReturn | null {
  const params = new URLSearchParams(window.location.search);
  const outcome = params.get('github');
  if (outcome !== 'connected' && outcome !== 'error') return null;
  const reason = params.get('reason') ?? undefined;
  params.delete('github');
  params.delete('reason');
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', window.location.pathname + (rest ? `?${rest}` : ''));
  return { outcome, reason };
}

export function GitHubReturnNotice({ returned }: { returned: GitHubReturn }) {
  const { t } = useTranslation();
  if (returned.outcome === 'connected') {
    return (
      <p role="status" className="mb-3 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg">
        {t('connections.oauth.connected')}
      </p>
    );
  }
  return (
    <div role="alert" className="mb-3 rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
      {t(`connections.oauth.errors.${returned.reason ?? ''}`, { defaultValue: t('connections.oauth.errors.other') })}
    </div>
  );
}

/**
 * "Connect with GitHub": asks the server for GitHub's authorization page and leaves for it (a full
 * page trip; GitHub sends the browser back to this organisation's page).
 */
export function ConnectWithGitHub({
  organizationId,
  connected,
  goTo,
}: {
  organizationId: string;
  connected: boolean;
  goTo: (url: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { url } = await connectionsApi.authorizeGitHub(organizationId);
      goTo(url);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={() => void start()} busy={busy} className="min-h-11">
          {connected ? t('connections.oauth.reconnect') : t('connections.oauth.connect')}
        </Button>
        <span className="text-sm text-muted">{t('connections.oauth.orToken')}</span>
      </div>
      {error != null && <ErrorAlert error={error} />}
    </div>
  );
}
