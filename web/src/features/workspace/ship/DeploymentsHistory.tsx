import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../../shared/format/format';
import { Button } from '../../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { deployApi, type Deployment, type DeploymentAccepted } from './deployApi';
import { deployFailure, deployRequestError } from './deployWords';

const PLATFORM_NAMES: Record<string, string> = { vercel: 'Vercel', netlify: 'Netlify', render: 'Render' };

const STATUS_STYLE: Record<string, string> = {
  ready: 'bg-success-bg text-success',
  failed: 'bg-danger-bg text-danger',
};

/**
 * The deployments of a project, newest first: where each went, which version, its status and
 * URL, with Redeploy and (for one that went live) Roll back. `refreshKey` reloads the list.
 */
export function DeploymentsHistory({
  projectId,
  refreshKey = 0,
  canDeploy = true,
  onStarted,
}: {
  projectId: string;
  refreshKey?: number;
  canDeploy?: boolean;
  onStarted?: (deployment: DeploymentAccepted) => void;
}) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<Deployment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    deployApi
      .list(projectId, controller.signal)
      .then((list) => {
        if (!controller.signal.aborted) setItems(list);
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [projectId, refreshKey, reload]);

  const act = useCallback(
    (deployment: Deployment, action: 'redeploy' | 'rollback') => {
      setPending(`${deployment.id}:${action}`);
      setActionError(null);
      deployApi[action](projectId, deployment.id)
        .then((accepted) => {
          onStarted?.(accepted);
          setReload((r) => r + 1);
        })
        .catch(setActionError)
        .finally(() => setPending(null));
    },
    [projectId, onStarted],
  );

  if (error) return <ErrorAlert error={error} onRetry={() => setReload((r) => r + 1)} />;
  if (items === null) return <Loading label={t('deploy.history.loading')} />;

  return (
    <section aria-labelledby="deployments-heading" className="flex flex-col gap-2">
      <h3 id="deployments-heading" className="text-base font-semibold text-fg">
        {t('deploy.history.title')}
      </h3>
      {actionError !== null && (
        <p role="alert" className="text-sm text-danger">
          {deployRequestError(t, actionError)}
        </p>
      )}
      {items.length === 0 ? (
        <p className="text-sm text-muted">{t('deploy.history.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((d) => (
            <li key={d.id} className="flex flex-col gap-1.5 rounded-md border border-border p-3 text-sm" data-testid="deployment">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-fg">{PLATFORM_NAMES[d.platform] ?? d.platform}</span>
                <span className="text-muted">{t('deploy.history.version', { version: d.version })}</span>
                <span
                  className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[d.status] ?? 'bg-surface-2 text-muted'}`}
                >
                  {t(`deploy.status.${d.status}`)}
                </span>
                {d.kind !== 'deploy' && <span className="text-xs text-muted">{t(`deploy.history.kind.${d.kind}`)}</span>}
                <time dateTime={d.createdAt} className="ml-auto text-xs text-muted">
                  {dateTime(d.createdAt, i18n.language)}
                </time>
              </div>
              {d.url && d.status === 'ready' && (
                <a href={d.url} target="_blank" rel="noopener noreferrer" className="break-all underline">
                  {d.url}
                </a>
              )}
              {d.status === 'failed' && d.error && (
                <p className="text-danger">{deployFailure(t, d.error.code, d.error.message)}</p>
              )}
              {canDeploy && (d.status === 'ready' || d.status === 'failed') && (
                <div className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    className="min-h-11"
                    busy={pending === `${d.id}:redeploy`}
                    onClick={() => act(d, 'redeploy')}
                    aria-label={t('deploy.history.redeployLabel', { version: d.version })}
                  >
                    {t('deploy.history.redeploy')}
                  </Button>
                  {d.status === 'ready' && (
                    <Button
                      size="sm"
                      className="min-h-11"
                      busy={pending === `${d.id}:rollback`}
                      onClick={() => act(d, 'rollback')}
                      aria-label={t('deploy.history.rollbackLabel', { version: d.version })}
                    >
                      {t('deploy.history.rollback')}
                    </Button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
