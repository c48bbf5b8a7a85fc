import { useId, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateTime, relativeTime } from '../../shared/format/format';
import { describeError } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import type { Conversation } from './api';

/** The server's title for a conversation it has not named yet (after its first message it does). */
const DEFAULT_TITLE = 'Assistant';

/** A conversation's title as shown: one not named yet is "Untitled" in the person's language. */
export function conversationTitle(t: TFunction, conversation: Conversation): string {
  const title = conversation.title.trim();
  return title && title !== DEFAULT_TITLE ? title : t('assistant.conversations.untitled');
}

const ROW =
  'flex min-h-11 flex-col justify-center rounded-lg px-3 py-1.5 text-sm text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2 aria-[current=page]:font-semibold';

interface ConversationSwitcherProps {
  /** Most recent first; null while loading. */
  items: Conversation[] | null;
  currentId: string | null;
  onChoose: (id: string) => void;
  onNew: () => void;
  starting: boolean;
  startError: unknown;
}

/**
 * A new conversation, and the recent ones to go back to: a list beside the chat on wide screens,
 * a select above it on narrow ones (both are in the page; CSS shows one). Each row is a real
 * link (`?c=<id>`), so it can also open in another tab.
 */
export function ConversationSwitcher({ items, currentId, onChoose, onNew, starting, startError }: ConversationSwitcherProps) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const list = items ?? [];
  const known = currentId === null || list.some((c) => c.id === currentId);
  const when = (c: Conversation) => relativeTime(c.updatedAt, i18n.language);

  // A plain click stays in the page (and clears a notice); others open a tab as links do.
  const follow = (id: string) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onChoose(id);
  };

  return (
    <section aria-label={t('assistant.conversations.title')} className="flex min-w-0 flex-col gap-2">
      {/* On a phone the select takes its own line when the button leaves it too little room. */}
      <div className="flex flex-wrap items-center gap-2 lg:flex-col lg:flex-nowrap lg:items-stretch">
        <Button onClick={onNew} busy={starting} aria-keyshortcuts="n" className="min-h-11 shrink-0">
          {t('assistant.conversations.new')}
        </Button>
        {items !== null && (
          <div className="min-w-48 flex-1 lg:hidden">
            <label htmlFor={selectId} className="sr-only">
              {t('assistant.conversations.choose')}
            </label>
            <select
              id={selectId}
              value={currentId ?? ''}
              onChange={(e) => onChoose(e.target.value)}
              className="min-h-11 w-full rounded-md border border-border bg-surface px-2 text-sm text-fg"
            >
              {!known && <option value={currentId!}>{t('assistant.conversations.thisOne')}</option>}
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('assistant.conversations.option', { title: conversationTitle(t, c), when: when(c) })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {startError !== null && (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
          {describeError(t, startError)}
        </p>
      )}
      {list.length > 0 && (
        <nav aria-label={t('assistant.conversations.recent')} className="hidden lg:block">
          <ul className="flex max-h-[60vh] flex-col gap-1 overflow-y-auto" data-testid="conversation-list">
            {list.map((c) => (
              <li key={c.id}>
                <Link
                  to={`?c=${encodeURIComponent(c.id)}`}
                  onClick={follow(c.id)}
                  aria-current={c.id === currentId ? 'page' : undefined}
                  className={ROW}
                >
                  <span className="truncate" title={conversationTitle(t, c)}>
                    {conversationTitle(t, c)}
                  </span>
                  <time
                    dateTime={c.updatedAt}
                    title={dateTime(c.updatedAt, i18n.language)}
                    className="text-xs font-normal text-muted"
                  >
                    {when(c)}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
