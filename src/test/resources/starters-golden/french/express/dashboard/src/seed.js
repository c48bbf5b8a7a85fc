// Sample rows the in-memory store starts with; the store copies them.

export const rendezVous = [
  { title: "Planification hebdomadaire", date: "2025-03-17", location: "Salle 2", notes: "Ordre du jour dans le document partagé." },
  { title: "Revue de design", date: "2025-03-19", location: "Visioconférence", notes: "Apporter les prototypes." },
  { title: "Lancement du trimestre", date: "2025-04-01", location: "Grande salle", notes: "Toute l’équipe." },
];

export const patients = [
  { name: "Henry Ford", dateOfBirth: "1963-07-30", phone: "+1 555 0120", lastVisit: "2025-02-11" },
  { name: "Amelia Earhart", dateOfBirth: "1987-07-24", phone: "+1 555 0121", lastVisit: "2025-01-20" },
  { name: "Marie Curie", dateOfBirth: "1967-11-07", phone: "+1 555 0122", lastVisit: "2025-03-03" },
];
