import { fakeApi, json, type Call } from '../../test/fakeApi';
import type { ChatMessage, Memory, Nudge, Reminder, Settings, Task } from './api';

const B = '/api/v1/assistant';
const NOW = '2026-12-04T14:00:00Z';

export const reminder = (id: string, text: string, fireAt: string): Reminder => ({
  id,
  text,
  rrule: null,
  timeZone: 'Europe/Paris',
  startsAt: fireAt.slice(0, 16),
  nextAt: fireAt,
  fireAt,
  snoozedUntil: null,
  status: 'active',
  lastFiredAt: null,
  createdAt: NOW,
});

export const task = (id: string, title: string): Task => ({
  id,
  title,
  notes: null,
  dueAt: null,
  dueDate: null,
  done: false,
  doneAt: null,
  createdAt: NOW,
  updatedAt: NOW,
});

export const memory = (id: string, fact: string): Memory => ({
  id,
  fact,
  source: 'explicit',
  sourceMessage: null,
  createdAt: NOW,
  updatedAt: NOW,
  expiresAt: null,
  supersededBy: null,
});

export const nudge = (id: string, reminderId: string, text: string, escalationStep = 0): Nudge => ({
  id,
  reminderId,
  text,
  occurrenceAt: NOW,
  escalationStep,
  firedAt: NOW,
  acknowledgedAt: null,
});

/**
 * A small in-memory Assistant that answers like the real API: the tests change its state and
 * read the requests it received.
 */
export function assistantServer() {
  const state = {
    tasks: [] as Task[],
    reminders: [] as Reminder[],
    nudges: [] as Nudge[],
    memories: [] as Memory[],
    messages: [] as ChatMessage[],
    settings: { timeZone: 'Europe/Paris', quietHours: null } as Settings,
    /** What the next chat message does before its reply comes back. */
    onMessage: (_content: string): Pick<ChatMessage, 'content' | 'intent'> => ({ content: 'Noted.', intent: 'help' }),
  };
  let seq = 0;
  const message = (role: ChatMessage['role'], content: string, intent: string | null): ChatMessage => ({
    id: `m${++seq}`,
    role,
    content,
    intent,
    notAi: role === 'assistant',
    createdAt: NOW,
  });
  const api = fakeApi({
    [`GET ${B}/conversations`]: () => json(200, { items: [{ id: 'c1', title: '', createdAt: NOW, updatedAt: NOW }] }),
    [`GET ${B}/conversations/c1/messages`]: () => json(200, { items: state.messages }),
    [`POST ${B}/conversations/c1/messages`]: ({ body }: Call) => {
      const content = (body as { content: string }).content;
      const user = message('user', content, null);
      const answer = state.onMessage(content);
      const reply = message('assistant', answer.content, answer.intent);
      state.messages.push(user, reply);
      return json(201, { message: user, reply });
    },
    [`GET ${B}/tasks`]: () => json(200, { items: state.tasks }),
    [`GET ${B}/reminders`]: () => json(200, { items: state.reminders }),
    [`GET ${B}/notifications`]: () => json(200, { items: state.nudges }),
    [`GET ${B}/settings`]: () => json(200, state.settings),
    [`PUT ${B}/settings`]: ({ body }: Call) => {
      state.settings = body as Settings;
      return json(200, state.settings);
    },
    [`GET ${B}/memories`]: ({ url }: Call) => {
      const q = url.searchParams.get('q');
      const items = q ? state.memories.filter((m) => m.fact.toLowerCase().includes(q.toLowerCase())) : state.memories;
      return json(200, { items, page: 0, size: 50, totalItems: items.length });
    },
    [`POST ${B}/memories`]: ({ body }: Call) => {
      const created = memory(`mem${++seq}`, (body as { fact: string }).fact);
      state.memories.unshift(created);
      return json(201, created);
    },
  });
  return { state, api };
}
