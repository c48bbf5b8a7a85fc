import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Version } from '../../../shared/api/types';
import { useCan } from '../../../shared/org/OrganizationContext';
import { EmptyState } from '../../../shared/ui/States';
import { VersionSelect } from '../VersionSelect';
import { shipApi, type PushView } from './api';
import { BuildSection } from './BuildSection';
import { PushHistory } from './PushHistory';
import { DeploySection } from './DeploySection';
import { DeploymentsHistory } from './DeploymentsHistory';
import { PublishSection } from './PublishSection';
import { PushSection } from './PushSection';
import { useBuilds } from './useBuilds';

/**
 * Whether a version builds (BuildSection), then where it leaves Vectort: pushed to Git
 * (PushSection), deployed to a host (DeploySection) or published on this server (PublishSection).
 * Viewers see the build, the histories and the published address only.
 */
export function ShipPanel({
  projectId,
  versions,
  version,
  onVersion,
  onNewVersion,
}: {
  projectId: string;
  versions: Version[];
  version: number;
  onVersion: (version: number) => void;
  /** A check exists for a version the workspace does not know yet (an automatic fix made it). */
  onNewVersion?: () => void;
}) {
  const { t } = useTranslation();
  const canShip = useCan('member');
  const [pushes, setPushes] = useState<PushView[]>([]);
  // Bumped when a deployment starts, so the history shows it.
  const [deployments, setDeployments] = useState(0);
  const { builds, reload: reloadBuilds } = useBuilds(projectId, versions.length);
  // A fix round runs on the server: its version shows up here first, then everywhere once the
  // workspace reloads (the version selectors, the history, the conversation).
  const newestKnown = versions.reduce((newest, v) => Math.max(newest, v.number), 0);
  const newestChecked = builds.reduce((newest, b) => Math.max(newest, b.version), 0);
  useEffect(() => {
    if (newestChecked > newestKnown) onNewVersion?.();
  }, [newestChecked, newestKnown, onNewVersion]);

  const reload = useCallback(() => {
    shipApi.pushes(projectId).then(setPushes, () => undefined);
  }, [projectId]);
  useEffect(reload, [reload]);

  if (versions.length === 0) {
    return <EmptyState title={t('ship.empty.title')}>{t('ship.empty.body')}</EmptyState>;
  }

  return (
    <div className="flex h-full min-h-0 flex-col overflow-auto" data-testid="ship-panel">
      <div className="flex flex-wrap items-center gap-3 border-b border-border px-3 py-2">
        <h2 className="text-sm font-semibold text-fg">{t('ship.title')}</h2>
        <VersionSelect versions={versions} value={version} onChange={onVersion} label={t('ship.version')} />
      </div>
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-3 py-4 sm:px-4">
        <BuildSection key={version} projectId={projectId} version={version} builds={builds} onChanged={reloadBuilds} />

        <section aria-labelledby="ship-push-heading" className="flex flex-col gap-3">
          <h3 id="ship-push-heading" className="text-base font-semibold text-fg">
            {t('ship.push.title')}
          </h3>
          {canShip ? (
            <PushSection key={version} projectId={projectId} version={version} onFinished={reload} />
          ) : (
            <p className="text-sm text-muted">{t('ship.viewerOnly')}</p>
          )}
        </section>

        {canShip && (
          <DeploySection key={version} projectId={projectId} version={version} onStarted={() => setDeployments((n) => n + 1)} />
        )}

        <PublishSection projectId={projectId} version={version} />

        <section aria-labelledby="ship-history-heading" className="flex flex-col gap-2">
          <h3 id="ship-history-heading" className="text-base font-semibold text-fg">
            {t('ship.history.title')}
          </h3>
          <PushHistory pushes={pushes} />
        </section>

        <DeploymentsHistory
          projectId={projectId}
          refreshKey={deployments}
          canDeploy={canShip}
          onStarted={() => setDeployments((n) => n + 1)}
        />
      </div>
    </div>
  );
}
