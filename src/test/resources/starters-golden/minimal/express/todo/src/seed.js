// Sample rows the in-memory store starts with; the store copies them.

export const tasks = [
  { title: "Write project brief", dueDate: "2025-03-21", done: false },
  { title: "Book the dentist", dueDate: null, done: false },
  { title: "Reply to Sam", dueDate: "2025-03-18", done: true },
];
