import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Generation } from '../../shared/api/types';
import { dateTime, relativeTime } from '../../shared/format/format';
import { EmptyState } from '../../shared/ui/States';
import { FixRoundPrompt, isFixRound } from './FixRoundPrompt';
import type { LiveState } from './liveGeneration';
import { LiveProgress } from './LiveProgress';
import { ChoiceReasonNotes } from './ChoiceReasonNotes';
import { ChatIcon, GearIcon, SparkIcon } from '../../shared/ui/Icons';

const STATUS_TONE: Record<string, string> = {
  succeeded: 'bg-success-bg text-success',
  failed: 'bg-danger-bg text-danger',
  cancelled: 'bg-surface-2 text-muted',
  queued: 'bg-accent-soft text-fg',
  running: 'bg-accent-soft text-fg',
};

function GeneratorBadge({ generation }: { generation: Generation }) {
  const { t } = useTranslation();
  const ai = generation.generator.kind === 'llm';
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border border-border px-2 py-0.5 text-xs text-muted"
      title={t('turn.generatorTitle')}
      data-testid="generator-label"
    >
      {ai ? <SparkIcon className="h-3 w-3" /> : <GearIcon className="h-3 w-3" />}
      {generation.generator.label}
    </span>
  );
}

function Turn({
  generation,
  streaming,
  latest,
  catalog,
  onShowVersion,
  onFinished,
}: {
  generation: Generation;
  streaming: boolean;
  /** The newest turn: it keeps saying which kind of app it built, and why, once it is done. */
  latest: boolean;
  catalog: Catalog | null;
  onShowVersion: (version: number) => void;
  onFinished: (generation: Generation, state: LiveState) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const framework = catalog?.frameworks.find((f) => f.id === generation.framework)?.label ?? generation.framework;
  const type = t(`catalog.types.${generation.type}`, {
    defaultValue: catalog?.types.find((x) => x.id === generation.type)?.label ?? generation.type,
  });
  // A turn started on this page streams to its end even when it finished before the stream
  // caught up (a cached answer, a fast model): the person still sees their files arrive.
  const active = streaming || generation.status === 'queued' || generation.status === 'running';

  return (
    <li className="flex flex-col gap-2" data-testid="turn" data-status={generation.status}>
      {isFixRound(generation) ? (
        <FixRoundPrompt generation={generation} />
      ) : (
        <div className="ml-6 self-end rounded-2xl rounded-br-sm bg-accent-soft px-4 py-3 text-sm text-fg sm:ml-12">
          <p className="break-words whitespace-pre-wrap">{generation.description}</p>
          <p className="mt-2 text-xs text-muted">
            {t('turn.meta', { framework, type })} ·{' '}
            <time dateTime={generation.createdAt} title={dateTime(generation.createdAt, lang)}>
              {relativeTime(generation.createdAt, lang)}
            </time>
          </p>
        </div>
      )}
      <div className="mr-6 rounded-2xl rounded-bl-sm border border-border bg-surface px-4 py-3 text-sm sm:mr-12">
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <GeneratorBadge generation={generation} />
          {!active && (
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[generation.status] ?? ''}`}>
              {t(`status.${generation.status}`)}
            </span>
          )}
          {generation.cacheHit && (
            <span
              className="rounded-full border border-border px-2 py-0.5 text-xs text-muted"
              title={t('turn.cacheHitTitle', { layer: generation.cacheHit })}
              data-testid="cache-hit-badge"
            >
              {t('turn.cacheHit')}
            </span>
          )}
        </div>
        {(active || latest) && !isFixRound(generation) && (
          <div className="mb-2">
            <ChoiceReasonNotes generation={generation} catalog={catalog} />
          </div>
        )}
        {active && <LiveProgress generation={generation} onFinished={(state) => onFinished(generation, state)} />}
        {!active && generation.status === 'succeeded' && (
          <div className="flex flex-col gap-2">
            <p className="whitespace-pre-wrap text-fg" data-testid="turn-summary">
              {generation.summary || t('turn.noSummary')}
            </p>
            {generation.version != null && (
              <button
                type="button"
                onClick={() => onShowVersion(generation.version!)}
                className="self-start rounded-md border border-border px-2 py-1 text-xs font-medium text-link hover:bg-surface-2"
              >
                {t('turn.showVersion', { version: generation.version })}
              </button>
            )}
          </div>
        )}
        {!active && generation.status === 'failed' && (
          <div className="flex flex-col gap-1 text-danger">
            <p>{t('turn.failed')}</p>
            {generation.error && (
              <p className="text-xs break-words">
                {generation.error.message}
                {generation.error.code && <span className="text-muted"> ({generation.error.code})</span>}
              </p>
            )}
          </div>
        )}
        {!active && generation.status === 'cancelled' && <p className="text-muted">{t('turn.cancelled')}</p>}
      </div>
    </li>
  );
}

/** The project's turns, oldest first: each prompt with its outcome, and live progress for the one in flight. */
export function Conversation({
  generations,
  streaming = new Set<string>(),
  catalog,
  onShowVersion,
  onFinished,
}: {
  generations: Generation[];
  /** Turns whose live stream is followed to its final event whatever their status says. */
  streaming?: ReadonlySet<string>;
  catalog: Catalog | null;
  onShowVersion: (version: number) => void;
  onFinished: (generation: Generation, state: LiveState) => void;
}) {
  const { t } = useTranslation();
  const end = useRef<HTMLDivElement>(null);
  const ordered = [...generations].reverse();

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [generations.length]);

  if (ordered.length === 0) {
    return (
      <EmptyState title={t('conversation.empty.title')} icon={<ChatIcon className="h-10 w-10" />}>
        {t('conversation.empty.body')}
      </EmptyState>
    );
  }
  return (
    <>
      <ol className="flex flex-col gap-6" aria-label={t('conversation.label')}>
        {ordered.map((g, index) => (
          <Turn
            key={g.id}
            generation={g}
            streaming={streaming.has(g.id)}
            latest={index === ordered.length - 1}
            catalog={catalog}
            onShowVersion={onShowVersion}
            onFinished={onFinished}
          />
        ))}
      </ol>
      <div ref={end} />
    </>
  );
}
