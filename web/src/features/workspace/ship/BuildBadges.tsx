import { useTranslation } from 'react-i18next';
import { Spinner } from '../../../shared/ui/Spinner';
import { isPending, type BuildStatus, type BuildView } from './buildApi';

const TONE: Record<BuildStatus, string> = {
  passed: 'bg-success-bg text-success',
  failed: 'bg-danger-bg text-danger',
  queued: 'bg-accent-soft text-fg',
  running: 'bg-accent-soft text-fg',
  'not-checked': 'bg-surface-2 text-muted',
  skipped: 'bg-surface-2 text-muted',
};

const MARK: Record<BuildStatus, string> = {
  passed: '✓',
  failed: '✗',
  queued: '…',
  running: '…',
  'not-checked': '–',
  skipped: '–',
};

/** A build's status in words ("Builds ✓", "Build fails ✗", "Checking…"), for the Build section. */
export function BuildStatusBadge({ status }: { status: BuildStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium ${TONE[status]}`}
      data-testid="build-status"
      data-status={status}
    >
      {isPending(status) && <Spinner size="sm" />}
      {t(`build.status.${status}`)}
    </span>
  );
}

/** A version's build as one symbol (✓ ✗ … –), named in words for screen readers and on hover. */
export function VersionBuildMark({ build }: { build: BuildView | undefined }) {
  const { t } = useTranslation();
  if (!build) return null;
  const words = t(`build.mark.${build.status}`);
  return (
    <span
      role="img"
      aria-label={words}
      title={words}
      data-testid="version-build"
      data-status={build.status}
      className={`inline-flex h-5 min-w-5 items-center justify-center rounded-full px-1 text-xs font-semibold ${TONE[build.status]}`}
    >
      <span aria-hidden="true">{MARK[build.status]}</span>
    </span>
  );
}
