// Sample rows the in-memory store starts with; the store copies them.

export const termine = [
  { title: "Weekly planning", date: "2025-03-17", location: "Room 2", notes: "Agenda in the shared doc." },
  { title: "Design review", date: "2025-03-19", location: "Video call", notes: "Bring the prototypes." },
  { title: "Quarterly kickoff", date: "2025-04-01", location: "Main hall", notes: "All hands." },
];

export const patienten = [
  { name: "Henry Ford", dateOfBirth: "1963-07-30", phone: "+1 555 0120", lastVisit: "2025-02-11" },
  { name: "Amelia Earhart", dateOfBirth: "1987-07-24", phone: "+1 555 0121", lastVisit: "2025-01-20" },
  { name: "Marie Curie", dateOfBirth: "1967-11-07", phone: "+1 555 0122", lastVisit: "2025-03-03" },
];
