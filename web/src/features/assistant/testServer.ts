import { fakeApi, json, type Call, type Route } from '../../test/fakeApi';
import type { ChatMessage, Conversation, Memory, Nudge, Reminder, Settings, StepView, Task } from './api';

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

export const conversation = (id: string, title = 'Assistant', updatedAt = NOW): Conversation => ({
  id,
  title,
  model: null,
  createdAt: updatedAt,
  updatedAt,
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

export const step = (tool: string, title: string | null = null, at: string | null = null): StepView => ({
  tool,
  ok: true,
  title,
  at,
  error: null,
});

export const failedStep = (tool: string, error: string): StepView => ({ tool, ok: false, title: null, at: null, error });

/** A streamed answer to one message, written by the test as it goes (the `message` event is already sent). */
export interface Turn {
  /** What the person sent. */
  content: string;
  /** The person's message as stored. */
  user: ChatMessage;
  delta(text: string): void;
  step(step: StepView): void;
  /** Stores the reply, sends it and ends the stream. */
  reply(content: string, fields?: Partial<ChatMessage>): ChatMessage;
  /** Stores the reply without sending it: the server finished the turn, the client did not hear it. */
  store(content: string, fields?: Partial<ChatMessage>): ChatMessage;
  /** Ends the stream without a reply, as a dropped connection does. */
  cut(): void;
  /** Any text, for events this page does not know. */
  raw(text: string): void;
}

/**
 * A text/event-stream response the test writes to. `chunkBytes` cuts every write into pieces of
 * that many bytes, so that events, lines and UTF-8 characters arrive split.
 */
export function eventStream(chunkBytes: number | null = null) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  const write = (text: string) => {
    const bytes = encoder.encode(text);
    const size = chunkBytes ?? bytes.length;
    for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
  };
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    write,
    event: (name: string, data: unknown) => write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`),
    close: () => controller.close(),
  };
}

/**
 * A small in-memory Assistant that answers like the real API: the tests change its state and
 * read the requests it received. It starts with one conversation, `c1`, whose messages are
 * `state.messages`; `addConversation` makes more, and a conversation it does not have is a 404.
 */
export function assistantServer() {
  /** Each conversation's messages, by its id. */
  const threads: Record<string, ChatMessage[]> = { c1: [] };
  const state = {
    /** Most recent first, as the server lists them. */
    conversations: [conversation('c1')] as Conversation[],
    /** The messages of `c1`. */
    get messages(): ChatMessage[] {
      return threads.c1;
    },
    set messages(messages: ChatMessage[]) {
      threads.c1 = messages;
    },
    threads,
    tasks: [] as Task[],
    reminders: [] as Reminder[],
    nudges: [] as Nudge[],
    memories: [] as Memory[],
    settings: { timeZone: 'Europe/Paris', quietHours: null } as Settings,
    /** What the next chat message does before its reply comes back (answered as JSON). */
    onMessage: (_content: string): Pick<ChatMessage, 'content' | 'intent'> => ({ content: 'Noted.', intent: 'help' }),
    /** When set, a message sent with `Accept: text/event-stream` is answered as a stream this writes. */
    onStream: null as ((turn: Turn) => void | Promise<void>) | null,
    /** Cuts every write of the stream into pieces of this many bytes. */
    chunkBytes: null as number | null,
  };
  let seq = 0;
  /** Conversations made through the API are `new1`, `new2`, … */
  let made = 0;
  const message = (role: ChatMessage['role'], content: string, intent: string | null): ChatMessage => ({
    id: `m${++seq}`,
    role,
    content,
    intent,
    notAi: role === 'assistant',
    model: null,
    steps: [],
    createdAt: NOW,
  });
  const stream = (thread: ChatMessage[], user: ChatMessage, onStream: (turn: Turn) => void | Promise<void>) => {
    const sse = eventStream(state.chunkBytes);
    const store = (content: string, fields: Partial<ChatMessage> = {}) => {
      const reply = { ...message('assistant', content, null), notAi: false, model: 'test-model', ...fields };
      thread.push(reply);
      return reply;
    };
    const turn: Turn = {
      content: user.content,
      user,
      delta: (text) => sse.event('delta', { text }),
      step: (s) => sse.event('step', s),
      reply: (content, fields) => {
        const reply = store(content, fields);
        sse.event('reply', reply);
        sse.close();
        return reply;
      },
      store,
      cut: () => sse.close(),
      raw: sse.write,
    };
    sse.event('message', user);
    // The answer goes back at once; the test writes the rest of the turn after.
    setTimeout(() => void onStream(turn));
    return sse.response;
  };
  /** Like the server: the first message names a conversation still called "Assistant", and it moves to the top. */
  const touched = (id: string, content: string) => {
    const found = state.conversations.find((c) => c.id === id)!;
    const title = found.title === 'Assistant' ? content.slice(0, 60) : found.title;
    state.conversations = [
      { ...found, title, updatedAt: new Date().toISOString() },
      ...state.conversations.filter((c) => c !== found),
    ];
  };
  /** The routes of one conversation (the fake answers exact paths only: any other id is a 404). */
  const conversationRoutes = (id: string): Record<string, Route> => ({
    [`GET ${B}/conversations/${id}/messages`]: () => json(200, { items: threads[id] }),
    [`POST ${B}/conversations/${id}/messages`]: ({ body, headers }: Call) => {
      const content = (body as { content: string }).content;
      const user = message('user', content, null);
      touched(id, content);
      if (state.onStream && headers.get('Accept')?.includes('text/event-stream')) {
        threads[id].push(user);
        return stream(threads[id], user, state.onStream);
      }
      const answer = state.onMessage(content);
      const reply = message('assistant', answer.content, answer.intent);
      threads[id].push(user, reply);
      return json(201, { message: user, reply });
    },
  });
  const api = fakeApi({
    ...conversationRoutes('c1'),
    [`GET ${B}/conversations`]: () => json(200, { items: state.conversations }),
    [`POST ${B}/conversations`]: () => json(201, addConversation(conversation(`new${++made}`))),
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
  /** A conversation of this person, listed first (as the most recent), with these messages. */
  function addConversation(added: Conversation, messages: ChatMessage[] = []): Conversation {
    threads[added.id] = messages;
    state.conversations = [added, ...state.conversations];
    for (const [key, route] of Object.entries(conversationRoutes(added.id))) api.on(key, route);
    return added;
  }
  /** A stored message, for the history of a conversation made with `addConversation`. */
  const storedMessage = (role: ChatMessage['role'], content: string) => message(role, content, null);
  return { state, api, addConversation, storedMessage };
}
