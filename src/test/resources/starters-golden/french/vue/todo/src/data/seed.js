import { daysFromToday } from "../dates.js";

// Sample items shown until the first change is saved in the browser.
export const rendezVous = [
  { id: "seed-1", title: "Planification hebdomadaire", dueDate: daysFromToday(1), done: false },
  { id: "seed-2", title: "Revue de design", dueDate: null, done: false },
  { id: "seed-3", title: "Lancement du trimestre", dueDate: daysFromToday(-1), done: true },
];
