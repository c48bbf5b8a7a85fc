import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework, Version } from '../../shared/api/types';
import { Button } from '../../shared/ui/Button';
import { Spinner } from '../../shared/ui/Spinner';
import { EmptyState, ErrorAlert } from '../../shared/ui/States';
import { usePreview } from './usePreview';
import { VersionSelect } from './VersionSelect';
import { BlockIcon, PlayIcon, ReloadIcon } from '../../shared/ui/Icons';

/**
 * Generated code runs in an opaque-origin sandbox: scripts and forms yes, but never the app's
 * origin, so it cannot read this page's storage or tokens. Never add allow-same-origin.
 */
export const PREVIEW_SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups';

/** The running app of one version, built by the server when needed. */
export function PreviewPanel({
  projectId,
  versions,
  version,
  framework,
  onVersion,
}: {
  projectId: string;
  versions: Version[];
  version: number;
  framework: Framework | undefined;
  onVersion: (version: number) => void;
}) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const state = usePreview(projectId, version, attempt);

  if (version < 1) {
    return (
      <EmptyState title={t('preview.empty.title')} icon={<PlayIcon className="h-10 w-10" />}>
        {t('preview.empty.body')}
      </EmptyState>
    );
  }

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2">
        <VersionSelect versions={versions} value={version} onChange={onVersion} label={t('preview.versionLabel')} />
        <Button size="sm" onClick={() => setAttempt((a) => a + 1)} aria-label={t('preview.reloadLabel')}>
          <ReloadIcon /> {t('preview.reload')}
        </Button>
      </div>
      <div
        className="relative flex min-h-0 flex-1 flex-col"
        aria-live="polite"
        aria-busy={state.phase === 'building' || state.phase === 'loading'}
      >
        {(state.phase === 'loading' || state.phase === 'idle') && (
          <p role="status" className="flex items-center gap-2 p-4 text-sm text-muted">
            <Spinner size="sm" /> {t('preview.loading')}
          </p>
        )}
        {state.phase === 'building' && (
          <div role="status" className="flex flex-col gap-1 p-4 text-sm text-muted" data-testid="preview-building">
            <p className="flex items-center gap-2 font-medium text-fg">
              <Spinner size="sm" /> {t('preview.building')}
            </p>
            {framework?.preview === 'vite' && <p>{t('preview.buildingHint')}</p>}
          </div>
        )}
        {state.phase === 'unavailable' && (
          <div className="p-4" data-testid="preview-unavailable">
            <EmptyState title={t('preview.unavailable.title')} icon={<BlockIcon className="h-10 w-10" />}>
              <p>{state.reason || t('preview.unavailable.generic')}</p>
            </EmptyState>
          </div>
        )}
        {state.phase === 'failed' && (
          <div className="flex flex-col gap-2 p-4" data-testid="preview-failed">
            <p role="alert" className="text-sm font-medium text-danger">
              {t('preview.failed')}
            </p>
            {state.reason && (
              <pre className="max-h-80 overflow-auto rounded-md border border-border bg-surface-2 p-3 font-mono text-xs whitespace-pre-wrap text-fg">
                {state.reason}
              </pre>
            )}
          </div>
        )}
        {state.phase === 'error' && <ErrorAlert error={state.error} onRetry={() => setAttempt((a) => a + 1)} className="m-4" />}
        {state.phase === 'ready' && (
          <iframe
            key={`${state.url}#${attempt}`}
            src={state.url}
            title={t('preview.frameTitle', { version })}
            sandbox={PREVIEW_SANDBOX}
            referrerPolicy="no-referrer"
            className="h-full min-h-[24rem] w-full flex-1 border-0 bg-white"
            data-testid="preview-frame"
          />
        )}
      </div>
    </div>
  );
}
