import { daysFromToday } from "../dates.js";

// Sample items shown until the first change is saved in the browser.
export const tasks = [
  { id: "seed-1", title: "Write project brief", dueDate: daysFromToday(1), done: false },
  { id: "seed-2", title: "Book the dentist", dueDate: null, done: false },
  { id: "seed-3", title: "Reply to Sam", dueDate: daysFromToday(-1), done: true },
];
