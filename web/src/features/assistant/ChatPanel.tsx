import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import type { ChatMessage } from './api';

/** What the Assistant did, shown as a small step under its reply ("Reminder set"). */
const STEPS = new Set(['add_task', 'add_reminder', 'complete', 'snooze', 'remember', 'forget']);

/** The server refuses longer messages (docs/API.md); the counter appears near the end. */
const MAX_LENGTH = 2000;

interface ChatPanelProps {
  messages: ChatMessage[] | null;
  loadError: unknown;
  onRetry: () => void;
  onSend: (content: string) => Promise<void>;
}

/**
 * The conversation and its input. The input keeps focus through sending; Enter sends,
 * Shift+Enter starts a new line. A message that failed to send stays in the input.
 */
export const ChatPanel = forwardRef<HTMLTextAreaElement, ChatPanelProps>(function ChatPanel(
  { messages, loadError, onRetry, onSend },
  inputRef,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const end = useRef<HTMLLIElement>(null);

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages?.length]);

  const submit = async () => {
    const content = draft.trim();
    if (!content || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(content);
      setDraft('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <section aria-label={t('assistant.chat.title')} className="flex min-w-0 flex-col gap-3">
      {loadError ? (
        <ErrorAlert error={loadError} onRetry={onRetry} />
      ) : messages === null ? (
        <Loading />
      ) : (
        <ol
          aria-live="polite"
          aria-relevant="additions"
          data-testid="chat-messages"
          className="flex max-h-[60vh] min-h-40 flex-col gap-3 overflow-y-auto rounded-xl border border-border bg-surface p-3"
        >
          {messages.length === 0 && <li className="text-sm text-muted">{t('assistant.chat.empty')}</li>}
          {messages.map((m) => (
            <MessageBubble key={m.id} message={m} />
          ))}
          <li ref={end} aria-hidden="true" />
        </ol>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        className="flex flex-col gap-2"
      >
        <label htmlFor="assistant-input" className="sr-only">
          {t('assistant.chat.inputLabel')}
        </label>
        <textarea
          id="assistant-input"
          ref={inputRef}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          maxLength={MAX_LENGTH}
          autoFocus
          aria-keyshortcuts="/"
          aria-describedby="assistant-input-hint"
          placeholder={t('assistant.chat.placeholder')}
          className="min-h-16 w-full resize-y rounded-xl border border-border bg-surface px-4 py-3 text-base text-fg placeholder:text-muted focus-visible:outline-2"
        />
        <div className="flex items-center justify-between gap-3">
          <span id="assistant-input-hint" className="text-xs text-muted">
            {draft.length > MAX_LENGTH - 200 ? `${draft.length} / ${MAX_LENGTH}` : t('assistant.chat.hint')}
          </span>
          <Button type="submit" variant="primary" busy={busy} disabled={!draft.trim()} className="min-h-11 min-w-24">
            {busy ? t('assistant.chat.sending') : t('assistant.chat.send')}
          </Button>
        </div>
        {error !== null && (
          <p role="alert" className="rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
            {describeError(t, error)}
          </p>
        )}
      </form>
    </section>
  );
});

function MessageBubble({ message }: { message: ChatMessage }) {
  const { t, i18n } = useTranslation();
  const mine = message.role === 'user';
  return (
    <li
      data-testid={mine ? 'message-user' : 'message-assistant'}
      className={`flex max-w-[85%] flex-col gap-1 ${mine ? 'self-end items-end' : 'self-start items-start'}`}
    >
      <span className="sr-only">{mine ? t('assistant.chat.you') : t('assistant.chat.assistant')}</span>
      <p
        className={`rounded-2xl px-4 py-2 text-base break-words whitespace-pre-wrap ${mine ? 'bg-accent text-accent-fg' : 'bg-surface-2 text-fg'}`}
      >
        {message.content}
      </p>
      <span className="flex flex-wrap items-center gap-2 text-xs text-muted">
        {message.intent && STEPS.has(message.intent) && (
          <span data-testid="step">✓ {t(`assistant.steps.${message.intent}`)}</span>
        )}
        {message.notAi && (
          <span className="rounded border border-border px-1.5 py-0.5" title={t('assistant.chat.notAiHint')}>
            {t('assistant.chat.notAi')}
          </span>
        )}
        <time dateTime={message.createdAt}>{dateTime(message.createdAt, i18n.language)}</time>
      </span>
    </li>
  );
}
