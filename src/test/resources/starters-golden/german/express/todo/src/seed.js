// Sample rows the in-memory store starts with; the store copies them.

export const termine = [
  { title: "Wochenplanung", dueDate: "2025-03-21", done: false },
  { title: "Design-Review", dueDate: null, done: false },
  { title: "Quartalsauftakt", dueDate: "2025-03-18", done: true },
];
