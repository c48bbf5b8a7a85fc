import { useCallback, useEffect, useRef, useState } from 'react';
import { assistantApi, type ChatMessage } from './api';

/**
 * The person's conversation with the Assistant: the most recent one, or a new one on the first
 * visit. Messages load once; `send` appends the message and its reply as the server stored them.
 * A message typed before the conversation has loaded waits for it instead of being dropped.
 */
export function useConversation() {
  const [messages, setMessages] = useState<ChatMessage[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const conversation = useRef<Promise<string> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setError(null);
    const id = (async () => {
      const existing = await assistantApi.conversations(signal);
      return existing[0]?.id ?? (await assistantApi.createConversation()).id;
    })();
    conversation.current = id;
    id.then((found) => assistantApi.messages(found, signal))
      .then((history) => {
        if (signal.aborted) return;
        // A message sent while the history was loading is kept after it.
        setMessages((sent) => {
          const known = new Set(history.map((m) => m.id));
          return [...history, ...(sent ?? []).filter((m) => !known.has(m.id))];
        });
      })
      .catch((e) => {
        if (!signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [attempt]);

  const send = useCallback(async (content: string) => {
    const id = await conversation.current!;
    const { message, reply } = await assistantApi.send(id, content);
    setMessages((all) => [...(all ?? []), message, reply]);
  }, []);

  return { messages, error, retry: () => setAttempt((n) => n + 1), send };
}
