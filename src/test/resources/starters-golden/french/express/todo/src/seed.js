// Sample rows the in-memory store starts with; the store copies them.

export const rendezVous = [
  { title: "Planification hebdomadaire", dueDate: "2025-03-21", done: false },
  { title: "Revue de design", dueDate: null, done: false },
  { title: "Lancement du trimestre", dueDate: "2025-03-18", done: true },
];
