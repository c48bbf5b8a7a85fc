import { daysFromToday } from "../dates.js";

// Sample items shown until the first change is saved in the browser.
export const termine = [
  { id: "seed-1", title: "Wochenplanung", dueDate: daysFromToday(1), done: false },
  { id: "seed-2", title: "Design-Review", dueDate: null, done: false },
  { id: "seed-3", title: "Quartalsauftakt", dueDate: daysFromToday(-1), done: true },
];
