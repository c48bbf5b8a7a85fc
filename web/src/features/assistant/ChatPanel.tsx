import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import type { ChatMessage } from './api';
import { announcement, LiveBubble, MessageBubble } from './MessageBubble';
import { useChatDraft } from './useChatDraft';
import { ReplyMissingError, type LiveReply } from './useConversation';

/** The server refuses longer messages (docs/API.md); the counter appears near the end. */
const MAX_LENGTH = 2000;

interface ChatPanelProps {
  /** The conversation written to (null until known): each keeps its own draft. */
  conversationId: string | null;
  messages: ChatMessage[] | null;
  /** The reply being written, if any. */
  live: LiveReply | null;
  /** The last reply that arrived while the page was open: announced to screen readers. */
  lastReply: ChatMessage | null;
  /** The person's time zone (Assistant settings) for the times of steps; the browser's until known. */
  timeZone?: string;
  loadError: unknown;
  onRetry: () => void;
  onSend: (content: string) => Promise<void>;
}

/**
 * The conversation and its input. The input keeps focus through sending; Enter sends,
 * Shift+Enter starts a new line. The input empties as the message goes, and a message that was
 * not stored comes back to it (one that was stored does not: sending it again would ask twice).
 */
export const ChatPanel = forwardRef<HTMLTextAreaElement, ChatPanelProps>(function ChatPanel(
  { conversationId, messages, live, lastReply, timeZone, loadError, onRetry, onSend },
  inputRef,
) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useChatDraft(conversationId);
  const [busy, setBusy] = useState(false);
  // A failed send belongs to its conversation: it is not shown in another one.
  const [failure, setFailure] = useState<{ conversationId: string | null; error: unknown } | null>(null);
  const error = failure?.conversationId === conversationId ? failure.error : null;
  // A message typed before the conversation was known fails in the one that came.
  const shownConversation = useRef(conversationId);
  useEffect(() => {
    shownConversation.current = conversationId;
  }, [conversationId]);
  const end = useRef<HTMLLIElement>(null);

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages?.length, live?.text.length, live?.steps.length]);

  const submit = async () => {
    const typed = draft;
    const content = typed.trim();
    if (!content || busy) return;
    setBusy(true);
    setFailure(null);
    setDraft('');
    try {
      await onSend(content);
    } catch (e) {
      // Whatever was typed meanwhile wins over the message coming back.
      if (!(e instanceof ReplyMissingError)) setDraft((now) => now || typed);
      setFailure({ conversationId: shownConversation.current, error: e });
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
          data-testid="chat-messages"
          className="flex max-h-[60vh] min-h-40 flex-col gap-3 overflow-y-auto rounded-xl border border-border bg-surface p-3"
        >
          {messages.length === 0 && !live && <li className="text-sm text-muted">{t('assistant.chat.empty')}</li>}
          {messages.map((m) => (
            <MessageBubble key={m.id} message={m} timeZone={timeZone} />
          ))}
          {live && <LiveBubble live={live} timeZone={timeZone} />}
          <li ref={end} aria-hidden="true" />
        </ol>
      )}
      {/* Always there, so that a reply put in it is announced; deltas never are. */}
      <p aria-live="polite" data-testid="reply-announcer" className="sr-only">
        {lastReply ? announcement(t, lastReply, i18n.language, timeZone) : ''}
      </p>
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
            {chatError(t, error)}
          </p>
        )}
      </form>
    </section>
  );
});

function chatError(t: TFunction, error: unknown): string {
  if (error instanceof ReplyMissingError) {
    return error.reason === null ? t('assistant.chat.late') : describeError(t, error.reason);
  }
  if (isApiError(error) && error.code === 'turn-in-progress') return t('assistant.chat.busy');
  return describeError(t, error);
}
