import { api } from '../../shared/api/endpoints';

/** The Assistant's API (docs/API.md, "Assistant …"): everything here is the signed-in person's own. */

const BASE = '/api/v1/assistant';
const enc = encodeURIComponent;

/** Where a conversation's messages are read and sent. */
export const messagesPath = (conversationId: string) => `${BASE}/conversations/${enc(conversationId)}/messages`;

export interface Conversation {
  id: string;
  /** "Assistant" until the server names it after its first message. */
  title: string;
  /** The model it asked for, if any (older servers leave it out). */
  model?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  /** What the Assistant understood (its own messages only). */
  intent: string | null;
  /** Answered by fixed rules, without an AI provider: the page says so next to the reply. */
  notAi: boolean;
  /** The AI model that wrote the reply; null for the person's messages and for not-AI replies. */
  model: string | null;
  /** The tools the agent ran for this reply, in order; empty for everything else. */
  steps: StepView[];
  createdAt: string;
}

/** One thing the agent did during a reply ("Reminder created — stretch · 16:42"). */
export interface StepView {
  /** `add_task`, `create_reminder`, …; a tool this page does not know is shown by its name. */
  tool: string;
  ok: boolean;
  /** The item concerned: a task's title, a reminder's text, a fact. */
  title: string | null;
  /** An ISO-8601 instant (a reminder's or a task's time). */
  at: string | null;
  /** A short reason, when `ok` is false. */
  error: string | null;
}

/**
 * A message as the page uses it. Servers from before the AI agent send neither `model` nor
 * `steps`: they are filled in here once, so the rest of the page never checks.
 */
export function toChatMessage(raw: ChatMessage): ChatMessage {
  return { ...raw, model: raw.model ?? null, steps: Array.isArray(raw.steps) ? raw.steps : [] };
}

export interface Task {
  id: string;
  title: string;
  notes: string | null;
  dueAt: string | null;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Reminder {
  id: string;
  text: string;
  rrule: string | null;
  timeZone: string;
  startsAt: string;
  nextAt: string | null;
  /** When it is actually delivered: after quiet hours, or the snooze time. */
  fireAt: string | null;
  snoozedUntil: string | null;
  status: 'active' | 'done' | 'cancelled';
  lastFiredAt: string | null;
  createdAt: string;
}

export interface Nudge {
  id: string;
  /** A reminder's nudge, or a daily check-in (its text is the whole plan or review). Absent = reminder. */
  kind?: 'reminder' | 'morning_plan' | 'evening_review';
  /** Null for a check-in. */
  reminderId: string | null;
  text: string;
  occurrenceAt: string;
  /** 0: the first nudge; 1: the one gentler repeat of an unacknowledged one. */
  escalationStep: number;
  firedAt: string;
  acknowledgedAt: string | null;
}

export interface Channels {
  /** Always true: every nudge is shown in the app. */
  inApp?: boolean;
  email: boolean;
  push: boolean;
  /** Texts to the verified phone (see the SMS section); older servers leave it out. */
  sms?: boolean;
  /** False when the server has no SMTP: email cannot be chosen. */
  emailAvailable?: boolean;
  /** Emails go only to a verified address. */
  emailVerified?: boolean;
}

export interface CheckIns {
  /** Local "HH:mm", null = off. */
  morningPlanAt: string | null;
  eveningCheckInAt: string | null;
}

/** Parts left out of a save keep their saved values on the server. */
export interface Settings {
  timeZone: string;
  quietHours: { start: string; end: string } | null;
  language?: 'en' | 'fr';
  channels?: Channels;
  checkIns?: CheckIns;
}

export interface Memory {
  id: string;
  fact: string;
  source: 'explicit' | 'extracted';
  sourceMessage: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  supersededBy: string | null;
}

export interface MemoryPage {
  items: Memory[];
  page: number;
  size: number;
  totalItems: number;
}

export interface CalendarFeed {
  url: string | null;
  createdAt: string | null;
}

type Items<T> = { items: T[] };
const items = <T>(answer: Items<T>) => answer.items;

export const assistantApi = {
  /** The 100 most recently active, most recent first. */
  conversations: (signal?: AbortSignal) => api.get<Items<Conversation>>(`${BASE}/conversations`, { signal }).then(items),
  createConversation: () => api.post<Conversation>(`${BASE}/conversations`, {}),
  messages: (conversationId: string, signal?: AbortSignal) =>
    api
      .get<Items<ChatMessage>>(`${messagesPath(conversationId)}?limit=100`, { signal })
      .then((answer) => answer.items.map(toChatMessage)),
  /** The whole turn at once, as JSON. The chat streams it instead: see `postMessageStream`. */
  send: (conversationId: string, content: string, signal?: AbortSignal) =>
    api
      .post<{ message: ChatMessage; reply: ChatMessage }>(messagesPath(conversationId), { content }, { signal })
      .then(({ message, reply }) => ({ message: toChatMessage(message), reply: toChatMessage(reply) })),

  tasks: (signal?: AbortSignal) => api.get<Items<Task>>(`${BASE}/tasks`, { signal }).then(items),
  completeTask: (id: string) => api.patch<Task>(`${BASE}/tasks/${enc(id)}`, { done: true }),

  reminders: (signal?: AbortSignal) => api.get<Items<Reminder>>(`${BASE}/reminders`, { signal }).then(items),
  snooze: (id: string, minutes: number) => api.post<Reminder>(`${BASE}/reminders/${enc(id)}/snooze`, { minutes }),
  cancelReminder: (id: string) => api.delete(`${BASE}/reminders/${enc(id)}`),

  notifications: (signal?: AbortSignal) => api.get<Items<Nudge>>(`${BASE}/notifications?limit=50`, { signal }).then(items),
  acknowledge: (id: string) => api.post<Nudge>(`${BASE}/notifications/${enc(id)}/ack`),

  settings: (signal?: AbortSignal) => api.get<Settings>(`${BASE}/settings`, { signal }),
  saveSettings: (settings: Settings) => api.json<Settings>('PUT', `${BASE}/settings`, { body: settings }),

  memories: (signal?: AbortSignal) => api.get<MemoryPage>(`${BASE}/memories?page=0&size=200`, { signal }),
  searchMemories: (q: string, signal?: AbortSignal) =>
    api.get<MemoryPage>(`${BASE}/memories?q=${enc(q)}&limit=50`, { signal }).then(items),
  remember: (fact: string) => api.post<Memory>(`${BASE}/memories`, { fact }),
  editMemory: (id: string, fact: string) => api.patch<Memory>(`${BASE}/memories/${enc(id)}`, { fact }),
  deleteMemory: (id: string) => api.delete(`${BASE}/memories/${enc(id)}`),

  calendarFeed: (signal?: AbortSignal) => api.get<CalendarFeed>(`${BASE}/calendar-feed`, { signal }),
  createCalendarFeed: () => api.post<CalendarFeed>(`${BASE}/calendar-feed`),
  revokeCalendarFeed: () => api.delete(`${BASE}/calendar-feed`),
};
