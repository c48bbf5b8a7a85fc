import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import type { Generation } from '../../shared/api/types';
import { fileSize } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { Spinner } from '../../shared/ui/Spinner';
import { ErrorAlert } from '../../shared/ui/States';
import type { LiveState } from './liveGeneration';
import { OperationIcon } from './OperationIcon';
import { useGenerationStream, type StreamConnection } from './useGenerationStream';

const TAIL_LINES = 14;

function statusText(t: TFunction, state: LiveState, connection: StreamConnection): string {
  if (connection === 'reconnecting') return t('live.reconnecting');
  if (state.status === 'queued') return state.retrying ? t('live.retrying') : t('live.queued');
  if (state.status === 'running') {
    return state.attempt > 1 ? t('live.runningAttempt', { attempt: state.attempt }) : t('live.running');
  }
  return t(`status.${state.status}`);
}

/** Live progress of the generation in flight: status, files one by one, the streamed text, cancel. */
export function LiveProgress({ generation, onFinished }: { generation: Generation; onFinished: (state: LiveState) => void }) {
  const { t, i18n } = useTranslation();
  const { state, connection, error } = useGenerationStream(generation, onFinished);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const lang = i18n.resolvedLanguage ?? 'en';

  const current = [...state.files].reverse().find((f) => !f.done) ?? state.files[state.files.length - 1];
  const tail = current?.text.split('\n').slice(-TAIL_LINES).join('\n') ?? '';
  const doneCount = state.files.filter((f) => f.done).length;
  const status = statusText(t, state, connection);

  // Screen readers hear status changes and finished files, not every streamed character.
  const lastStatus = useRef('');
  useEffect(() => {
    if (status !== lastStatus.current) {
      lastStatus.current = status;
      setAnnouncement(status);
    }
  }, [status]);
  useEffect(() => {
    if (doneCount > 0) setAnnouncement(t('live.filesDone', { count: doneCount }));
  }, [doneCount, t]);

  const cancel = async () => {
    setCancelling(true);
    setCancelError(null);
    try {
      await endpoints.cancel(generation.id);
    } catch (e) {
      // Finished meanwhile: the stream's final event tells the rest.
      if (!(isApiError(e) && e.code === 'generation-finished')) setCancelError(e);
      setCancelling(false);
    }
  };

  const pre = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [tail]);

  // Keep the newest file in view as the list grows (without stealing focus).
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state.files.length]);

  return (
    <div className="flex flex-col gap-3" data-testid="live-progress">
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex items-center gap-2 text-sm font-medium text-fg" data-testid="live-status">
          <Spinner size="sm" className="text-accent" />
          {status}
        </p>
        <Button size="sm" variant="secondary" onClick={cancel} busy={cancelling}>
          {t('live.cancel')}
        </Button>
      </div>
      {state.narrative && <p className="text-sm whitespace-pre-wrap text-muted">{state.narrative.trim()}</p>}
      {state.files.length > 0 && (
        <ol className="flex flex-col gap-1" aria-label={t('live.filesLabel')}>
          {state.files.map((file, index) => (
            <li
              key={`${file.path}-${index}`}
              data-testid="live-file"
              className="flex items-center gap-2 rounded-md bg-surface-2 px-2 py-1 font-mono text-xs text-fg"
            >
              <OperationIcon operation={file.operation} />
              <span className="min-w-0 flex-1 truncate" title={file.path}>
                {file.path}
                {file.to ? ` → ${file.to}` : ''}
              </span>
              {file.done ? (
                <span className="shrink-0 text-success">
                  <span aria-hidden="true">✓ </span>
                  {file.bytes !== undefined ? fileSize(file.bytes, lang) : t('live.done')}
                </span>
              ) : (
                <span className="shrink-0 text-muted">{t('live.writing')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      {tail && (
        <pre
          ref={pre}
          aria-label={t('live.streamLabel', { path: current?.path ?? '' })}
          className="max-h-56 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-5 text-fg"
        >
          {tail}
        </pre>
      )}
      {error != null && <ErrorAlert error={error} />}
      {cancelError != null && <p className="text-sm text-danger">{describeError(t, cancelError)}</p>}
      <div ref={end} />
    </div>
  );
}
