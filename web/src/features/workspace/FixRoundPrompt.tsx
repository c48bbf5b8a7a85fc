import { useTranslation } from 'react-i18next';
import type { Generation } from '../../shared/api/types';
import { MAX_FIX_ROUNDS } from './ship/buildApi';

/**
 * The prompt side of a run Vectort started itself to fix a failed build. Its description was
 * written by Vectort (the build log), so it is named for what it is, with the text folded away,
 * rather than shown as if the person had typed it.
 */
export function FixRoundPrompt({ generation }: { generation: Generation }) {
  const { t } = useTranslation();
  return (
    <div
      className="ml-6 flex min-w-0 flex-col gap-1 rounded-2xl rounded-br-sm border border-dashed border-border bg-surface px-4 py-3 text-sm text-fg sm:ml-12"
      data-testid="fix-round-prompt"
    >
      <p className="font-medium">{t('build.fixRound', { round: generation.fixRound, max: MAX_FIX_ROUNDS })}</p>
      <p className="text-xs text-muted">{t('build.fixFree')}</p>
      <details className="min-w-0">
        <summary className="cursor-pointer text-xs text-muted">{t('build.fixPrompt')}</summary>
        <pre className="mt-1 max-h-64 max-w-full overflow-auto font-mono text-xs whitespace-pre text-muted">
          {generation.description}
        </pre>
      </details>
    </div>
  );
}

/** Whether Vectort, not a person, started this run. */
export function isFixRound(generation: Generation): boolean {
  return (generation.fixRound ?? 0) > 0;
}
