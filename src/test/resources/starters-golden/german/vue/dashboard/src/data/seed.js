// Sample rows shown until the first change is saved in the browser.

export const termine = [
  { id: "seed-1", title: "Weekly planning", date: "2025-03-17", location: "Room 2", notes: "Agenda in the shared doc." },
  { id: "seed-2", title: "Design review", date: "2025-03-19", location: "Video call", notes: "Bring the prototypes." },
  { id: "seed-3", title: "Quarterly kickoff", date: "2025-04-01", location: "Main hall", notes: "All hands." },
];

export const patienten = [
  { id: "seed-1", name: "Henry Ford", dateOfBirth: "1963-07-30", phone: "+1 555 0120", lastVisit: "2025-02-11" },
  { id: "seed-2", name: "Amelia Earhart", dateOfBirth: "1987-07-24", phone: "+1 555 0121", lastVisit: "2025-01-20" },
  { id: "seed-3", name: "Marie Curie", dateOfBirth: "1967-11-07", phone: "+1 555 0122", lastVisit: "2025-03-03" },
];
