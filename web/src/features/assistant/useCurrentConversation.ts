import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { assistantApi, type Conversation } from './api';
import type { ConversationList } from './useConversationList';

/**
 * Which conversation the chat shows: the one in the address (`/assistant?c=<id>`), else the most
 * recent, else a new one (the first visit). The id found is written to the address in place of
 * the current entry, so that reload and back/forward come back to the same conversation even
 * after another one became the most recent. An id the server does not know for this person
 * (`missing`: deleted, mistyped, or someone else's — all 404) falls back to the most recent one,
 * with a notice.
 */
export function useCurrentConversation(list: ConversationList) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('c') || null;
  /** The conversation shown in place of a missing one (the notice goes once another is shown). */
  const [fallback, setFallback] = useState<string | null>(null);
  const fellBack = useRef(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const missing = useRef(new Set<string>());
  const creating = useRef<Promise<Conversation> | null>(null);

  const show = useCallback((id: string | null, replace: boolean) => setParams(id ? { c: id } : {}, { replace }), [setParams]);
  const showInstead = useCallback(
    (id: string) => {
      if (fellBack.current) setFallback(id);
      fellBack.current = false;
      show(id, true);
    },
    [show],
  );

  // Nothing asked for: the most recent conversation, or a new one when there is none.
  const { items, add } = list;
  useEffect(() => {
    if (requested || items === null) return;
    const latest = items.find((c) => !missing.current.has(c.id));
    if (latest) {
      showInstead(latest.id);
      return;
    }
    // Once, even when the effect runs twice before the server answers.
    if (creating.current) return;
    setCreateError(null);
    creating.current = assistantApi.createConversation();
    creating.current
      .then((created) => {
        add(created);
        showInstead(created.id);
      })
      .catch(setCreateError)
      .finally(() => (creating.current = null));
  }, [requested, items, add, showInstead]);

  /** A conversation picked in the switcher (a new entry in the history). */
  const choose = useCallback(
    (id: string) => {
      setFallback(null);
      setStartError(null);
      show(id, false);
    },
    [show],
  );

  /** Makes a new conversation on the server and shows it. */
  const startNew = useCallback(async () => {
    setStarting(true);
    setStartError(null);
    try {
      const created = await assistantApi.createConversation();
      add(created);
      choose(created.id);
    } catch (e) {
      setStartError(e);
    } finally {
      setStarting(false);
    }
  }, [add, choose]);

  const onMissing = useCallback(
    (id: string) => {
      missing.current.add(id);
      fellBack.current = true;
      show(null, true);
    },
    [show],
  );

  return {
    /** Null while it is being found (or made). */
    id: requested,
    /** Why no conversation could be found or made; `retry` tries again. */
    error: requested ? null : (createError ?? (items === null ? list.error : null)),
    retry: () => {
      setCreateError(null);
      list.reload();
    },
    /** The conversation asked for was not found: the most recent one is shown instead. */
    notice: fallback !== null && fallback === requested,
    choose,
    startNew,
    starting,
    startError,
    onMissing,
  };
}
