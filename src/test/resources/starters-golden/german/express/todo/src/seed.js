// Sample rows the in-memory store starts with; the store copies them.

export const termine = [
  { title: "Weekly planning", dueDate: "2025-03-21", done: false },
  { title: "Design review", dueDate: null, done: false },
  { title: "Quarterly kickoff", dueDate: "2025-03-18", done: true },
];
