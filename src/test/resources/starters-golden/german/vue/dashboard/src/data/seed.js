// Sample rows shown until the first change is saved in the browser.

export const termine = [
  { id: "seed-1", title: "Wochenplanung", date: "2025-03-17", location: "Raum 2", notes: "Tagesordnung im geteilten Dokument." },
  { id: "seed-2", title: "Design-Review", date: "2025-03-19", location: "Videoanruf", notes: "Prototypen mitbringen." },
  { id: "seed-3", title: "Quartalsauftakt", date: "2025-04-01", location: "Großer Saal", notes: "Alle zusammen." },
];

export const patienten = [
  { id: "seed-1", name: "Henry Ford", dateOfBirth: "1963-07-30", phone: "+1 555 0120", lastVisit: "2025-02-11" },
  { id: "seed-2", name: "Amelia Earhart", dateOfBirth: "1987-07-24", phone: "+1 555 0121", lastVisit: "2025-01-20" },
  { id: "seed-3", name: "Marie Curie", dateOfBirth: "1967-11-07", phone: "+1 555 0122", lastVisit: "2025-03-03" },
];
