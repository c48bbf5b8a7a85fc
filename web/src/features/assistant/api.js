import { api } from '../../shared/api/endpoints';
/** The Assistant's API (docs/API.md, "Assistant …"): everything here is the signed-in person's own. */
const BASE = '/api/v1/assistant';
const enc = encodeURIComponent;
/** Where a conversation's messages are read and sent. */
export const messagesPath = (conversationId) => `${BASE}/conversations/${enc(conversationId)}/messages`;
/**
 * A message as the page uses it. Servers from before the AI agent send neither `model` nor
 * `steps`: they are filled in here once, so the rest of the page never checks.
 */
export function toChatMessage(raw) {
    return { ...raw, model: raw.model ?? null, steps: Array.isArray(raw.steps) ? raw.steps : [] };
}
const items = (answer) => answer.items;
export const assistantApi = {
    /** The 100 most recently active, most recent first. */
    conversations: (signal) => api.get(`${BASE}/conversations`, { signal }).then(items),
    createConversation: () => api.post(`${BASE}/conversations`, {}),
    messages: (conversationId, signal) => api
        .get(`${messagesPath(conversationId)}?limit=100`, { signal })
        .then((answer) => answer.items.map(toChatMessage)),
    /** The whole turn at once, as JSON. The chat streams it instead: see `postMessageStream`. */
    send: (conversationId, content, signal) => api
        .post(messagesPath(conversationId), { content }, { signal })
        .then(({ message, reply }) => ({ message: toChatMessage(message), reply: toChatMessage(reply) })),
    tasks: (signal) => api.get(`${BASE}/tasks`, { signal }).then(items),
    completeTask: (id) => api.patch(`${BASE}/tasks/${enc(id)}`, { done: true }),
    reminders: (signal) => api.get(`${BASE}/reminders`, { signal }).then(items),
    snooze: (id, minutes) => api.post(`${BASE}/reminders/${enc(id)}/snooze`, { minutes }),
    cancelReminder: (id) => api.delete(`${BASE}/reminders/${enc(id)}`),
    notifications: (signal) => api.get(`${BASE}/notifications?limit=50`, { signal }).then(items),
    acknowledge: (id) => api.post(`${BASE}/notifications/${enc(id)}/ack`),
    settings: (signal) => api.get(`${BASE}/settings`, { signal }),
    saveSettings: (settings) => api.json('PUT', `${BASE}/settings`, { body: settings }),
    memories: (signal) => api.get(`${BASE}/memories?page=0&size=200`, { signal }),
    searchMemories: (q, signal) => api.get(`${BASE}/memories?q=${enc(q)}&limit=50`, { signal }).then(items),
    remember: (fact) => api.post(`${BASE}/memories`, { fact }),
    editMemory: (id, fact) => api.patch(`${BASE}/memories/${enc(id)}`, { fact }),
    deleteMemory: (id) => api.delete(`${BASE}/memories/${enc(id)}`),
    calendarFeed: (signal) => api.get(`${BASE}/calendar-feed`, { signal }),
    createCalendarFeed: () => api.post(`${BASE}/calendar-feed`),
    revokeCalendarFeed: () => api.delete(`${BASE}/calendar-feed`),
};
