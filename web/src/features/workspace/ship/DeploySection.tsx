import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/Button';
import { TextField } from '../../../shared/ui/Field';
import { Spinner } from '../../../shared/ui/Spinner';
import { deployApi, PLATFORMS, type DeploymentAccepted, type Platform } from './deployApi';
import { deployFailure, deployRequestError } from './deployWords';
import { useDeploymentStatus } from './useDeploymentStatus';

const PLATFORM_NAMES: Record<Platform, string> = { vercel: 'Vercel', netlify: 'Netlify', render: 'Render' };

/**
 * Deploys one version to a host: pick the host, optionally give a token (else the server's is
 * used), press Deploy, then follow the status live until the site's URL is there.
 */
export function DeploySection({
  projectId,
  version,
  onStarted,
}: {
  projectId: string;
  version: number;
  onStarted?: (deployment: DeploymentAccepted) => void;
}) {
  const { t } = useTranslation();
  const [platform, setPlatform] = useState<Platform>('netlify');
  const [token, setToken] = useState('');
  const [siteName, setSiteName] = useState('');
  const [repository, setRepository] = useState('');
  const [busy, setBusy] = useState(false);
  const [requestError, setRequestError] = useState<unknown>(null);
  const [started, setStarted] = useState<DeploymentAccepted | null>(null);
  const { live, error: streamError } = useDeploymentStatus(started?.eventsUrl ?? null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setRequestError(null);
    deployApi
      .deploy(projectId, version, {
        platform,
        ...(token.trim() ? { token: token.trim() } : {}),
        ...(siteName.trim() ? { siteName: siteName.trim() } : {}),
        ...(platform === 'render' && repository.trim() ? { repository: repository.trim() } : {}),
      })
      .then((accepted) => {
        setStarted(accepted);
        setToken('');
        onStarted?.(accepted);
      })
      .catch(setRequestError)
      .finally(() => setBusy(false));
  };

  const running = live !== null && live.status !== 'ready' && live.status !== 'failed';

  return (
    <section aria-labelledby="deploy-heading" className="flex flex-col gap-3">
      <h3 id="deploy-heading" className="text-base font-semibold text-fg">
        {t('deploy.title', { version })}
      </h3>
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-fg">{t('deploy.platform')}</legend>
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            {PLATFORMS.map((p) => (
              <label
                key={p}
                className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${
                  platform === p ? 'border-accent bg-surface-2 font-medium' : 'border-border'
                }`}
              >
                <input
                  type="radio"
                  name="deploy-platform"
                  value={p}
                  checked={platform === p}
                  onChange={() => setPlatform(p)}
                  className="h-4 w-4"
                />
                {PLATFORM_NAMES[p]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label={t('deploy.token')}
          hint={t('deploy.tokenHint')}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <TextField
          label={t('deploy.siteName')}
          hint={t('deploy.siteNameHint')}
          value={siteName}
          onChange={(e) => setSiteName(e.target.value)}
          autoCapitalize="none"
          spellCheck={false}
        />
        {platform === 'render' && (
          <TextField
            label={t('deploy.repository')}
            hint={t('deploy.repositoryHint')}
            type="url"
            placeholder="https://github.com/you/app"
            value={repository}
            onChange={(e) => setRepository(e.target.value)}
          />
        )}
        <Button type="submit" variant="primary" busy={busy} disabled={running} className="min-h-11 w-full sm:w-auto">
          {t('deploy.submit', { platform: PLATFORM_NAMES[platform] })}
        </Button>
      </form>
      {requestError !== null && (
        <p role="alert" className="text-sm text-danger">
          {deployRequestError(t, requestError)}
        </p>
      )}
      <div aria-live="polite" className="flex flex-col gap-2 text-sm">
        {live && live.status !== 'ready' && live.status !== 'failed' && (
          <p role="status" className="flex items-center gap-2 text-muted" data-testid="deploy-progress">
            <Spinner size="sm" /> {t(`deploy.status.${live.status}`)}
          </p>
        )}
        {live?.status === 'ready' && (
          <p className="flex flex-wrap items-center gap-2 text-fg">
            <span>{t('deploy.live')}</span>
            {live.url && (
              <a href={live.url} target="_blank" rel="noopener noreferrer" className="break-all font-medium underline">
                {live.url}
              </a>
            )}
          </p>
        )}
        {live?.status === 'failed' && (
          <p role="alert" className="text-danger">
            {deployFailure(t, live.code, live.message)}
          </p>
        )}
        {streamError !== null && (
          <p role="alert" className="text-danger">
            {deployRequestError(t, streamError)}
          </p>
        )}
      </div>
    </section>
  );
}
