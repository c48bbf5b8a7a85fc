// Sample rows the in-memory store starts with; the store copies them.

export const termine = [
  { title: "Wochenplanung", date: "2025-03-17", location: "Raum 2", notes: "Tagesordnung im geteilten Dokument." },
  { title: "Design-Review", date: "2025-03-19", location: "Videoanruf", notes: "Prototypen mitbringen." },
  { title: "Quartalsauftakt", date: "2025-04-01", location: "Großer Saal", notes: "Alle zusammen." },
];

export const patienten = [
  { name: "Henry Ford", dateOfBirth: "1963-07-30", phone: "+1 555 0120", lastVisit: "2025-02-11" },
  { name: "Amelia Earhart", dateOfBirth: "1987-07-24", phone: "+1 555 0121", lastVisit: "2025-01-20" },
  { name: "Marie Curie", dateOfBirth: "1967-11-07", phone: "+1 555 0122", lastVisit: "2025-03-03" },
];
