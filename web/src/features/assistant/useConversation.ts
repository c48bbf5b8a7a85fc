import { useCallback, useEffect, useState } from 'react';
import { assistantApi, type ChatMessage } from './api';

/**
 * The person's conversation with the Assistant: the most recent one, or a new one on the first
 * visit. Messages load once; `send` appends the message and its reply as the server stored them.
 */
export function useConversation() {
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [messages, setMessages] = useState<ChatMessage[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setError(null);
    (async () => {
      const existing = await assistantApi.conversations(signal);
      const id = existing[0]?.id ?? (await assistantApi.createConversation()).id;
      const history = await assistantApi.messages(id, signal);
      if (signal.aborted) return;
      setConversationId(id);
      setMessages(history);
    })().catch((e) => {
      if (!signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [attempt]);

  const send = useCallback(
    async (content: string) => {
      if (!conversationId) return;
      const { message, reply } = await assistantApi.send(conversationId, content);
      setMessages((all) => [...(all ?? []), message, reply]);
    },
    [conversationId],
  );

  return { messages, error, retry: () => setAttempt((n) => n + 1), send, ready: conversationId !== null };
}
