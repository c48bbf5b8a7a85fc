import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, networkError } from '../../shared/api/problem';
import { assistantApi, type ChatMessage, type StepView } from './api';
import { postMessageStream, type TurnHandlers } from './messageStream';

/** The reply being written: its text so far and the steps taken, until the stored reply replaces it. */
export interface LiveReply {
  text: string;
  steps: StepView[];
}

/**
 * The message was stored but its reply did not come: the draft must not come back (sending it
 * again would ask twice). `cause` is why (a network error), or null when the server is still
 * answering after a minute.
 */
export class ReplyMissingError extends Error {
  constructor(readonly reason: unknown) {
    super('reply missing');
    this.name = 'ReplyMissingError';
  }
}

let pendingSeq = 0;

/**
 * One conversation with the Assistant, `conversationId` (null while the page is still finding
 * it). Messages load when it changes: the other conversation's messages, reply being written and
 * announcement leave the screen, and its reply is no longer followed (the server finishes the
 * turn anyway). A conversation the server does not know for this person (404) is reported to
 * `onMissing` instead of as an error. `send` shows the message at once, the reply as it is
 * written, and then both as the server stored them. A message typed before the conversation is
 * known or loaded waits for it instead of being dropped. Leaving the page stops following the
 * reply.
 */
export function useConversation(conversationId: string | null, onMissing: (id: string) => void) {
  const [messages, setMessages] = useState<ChatMessage[] | null>(null);
  const [live, setLive] = useState<LiveReply | null>(null);
  /** The last reply that arrived while the page was open: the one screen readers hear. */
  const [lastReply, setLastReply] = useState<ChatMessage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  /** The conversation shown, and the messages sent before there was one. */
  const current = useRef<string | null>(null);
  const waiting = useRef<((id: string) => void)[]>([]);
  const shown = useRef<ChatMessage[]>([]);
  const sending = useRef(new Set<AbortController>());
  const missing = useRef(onMissing);

  useEffect(() => {
    missing.current = onMissing;
  }, [onMissing]);

  useEffect(() => {
    shown.current = messages ?? [];
  }, [messages]);

  useEffect(() => {
    const controllers = sending.current;
    return () => controllers.forEach((c) => c.abort());
  }, []);

  useEffect(() => {
    if (!conversationId) return;
    if (current.current !== null && current.current !== conversationId) {
      sending.current.forEach((c) => c.abort());
      setMessages(null);
      setLive(null);
      setLastReply(null);
    }
    current.current = conversationId;
    waiting.current.splice(0).forEach((resolve) => resolve(conversationId));
    const controller = new AbortController();
    const { signal } = controller;
    setError(null);
    assistantApi
      .messages(conversationId, signal)
      .then((history) => {
        if (signal.aborted) return;
        // A message sent while the history was loading is kept after it.
        setMessages((sent) => {
          const known = new Set(history.map((m) => m.id));
          return [...history, ...(sent ?? []).filter((m) => !known.has(m.id))];
        });
      })
      .catch((e) => {
        if (signal.aborted) return;
        if (isApiError(e) && e.status === 404) missing.current(conversationId);
        else setError(e);
      });
    return () => controller.abort();
  }, [conversationId, attempt]);

  /**
   * Throws an ApiError when the message was not stored (the draft should come back), and a
   * ReplyMissingError when it was but its reply could not be shown.
   */
  const send = useCallback(async (content: string, onStep?: (step: StepView) => void) => {
    const pendingId = `pending-${++pendingSeq}`;
    const before = new Set(shown.current.map((m) => m.id));
    const pending: ChatMessage = {
      id: pendingId,
      role: 'user',
      content,
      intent: null,
      notAi: false,
      model: null,
      steps: [],
      createdAt: new Date().toISOString(),
    };
    setMessages((all) => [...(all ?? []), pending]);
    setLive({ text: '', steps: [] });
    const controller = new AbortController();
    sending.current.add(controller);
    let stored = false;
    try {
      // The conversation shown, or the first one to be shown.
      const id = current.current ?? (await new Promise<string>((resolve) => waiting.current.push(resolve)));
      const outcome = await postMessageStream(
        id,
        content,
        untilAborted(controller.signal, {
          message: (message) => {
            stored = true;
            setMessages((all) => withStored(all, pendingId, message));
          },
          delta: (text) => setLive((now) => now && { ...now, text: now.text + text }),
          step: (step) => {
            setLive((now) => now && { ...now, steps: [...now.steps, step] });
            onStep?.(step);
          },
          reply: (reply) => {
            setLive(null);
            setMessages((all) => [...(all ?? []).filter((m) => m.id !== reply.id), reply]);
            setLastReply(reply);
          },
          history: (history) => {
            stored ||= history.some((m) => m.role === 'user' && m.content === content && !before.has(m.id));
            setLive(null);
            setMessages(history);
            const reply = history.at(-1);
            if (reply?.role === 'assistant' && !before.has(reply.id)) setLastReply(reply);
          },
        }),
        { signal: controller.signal },
      );
      // A cut before the message event, and the message is not in the history: it was not stored.
      if (!stored) throw networkError(null);
      if (outcome === 'late') throw new ReplyMissingError(null);
    } catch (e) {
      // The page is gone: nothing to show, and the server finishes the turn by itself.
      if (controller.signal.aborted) return;
      setLive(null);
      if (e instanceof ReplyMissingError) throw e;
      if (stored) throw new ReplyMissingError(e);
      setMessages((all) => (all ?? []).filter((m) => m.id !== pendingId));
      throw e;
    } finally {
      sending.current.delete(controller);
    }
  }, []);

  return { messages, live, lastReply, error, retry: () => setAttempt((n) => n + 1), send };
}

/**
 * Reports nothing once the turn is no longer followed (another conversation is shown, or the page
 * is gone): a response body can still deliver what it had read after the abort.
 */
function untilAborted(signal: AbortSignal, handlers: Required<TurnHandlers>): TurnHandlers {
  const live =
    <T>(handle: (value: T) => void) =>
    (value: T) => {
      if (!signal.aborted) handle(value);
    };
  return {
    message: live(handlers.message),
    delta: live(handlers.delta),
    step: live(handlers.step),
    reply: live(handlers.reply),
    history: live(handlers.history),
  };
}

/** The stored message takes the place of the one shown while sending (unless the history already had it). */
function withStored(all: ChatMessage[] | null, pendingId: string, message: ChatMessage): ChatMessage[] {
  const list = all ?? [];
  if (list.some((m) => m.id === message.id)) return list.filter((m) => m.id !== pendingId);
  return list.some((m) => m.id === pendingId) ? list.map((m) => (m.id === pendingId ? message : m)) : [...list, message];
}
