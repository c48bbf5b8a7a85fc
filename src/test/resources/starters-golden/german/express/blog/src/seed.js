// Sample rows the in-memory store starts with; the store copies them.

export const posts = [
  { title: "Willkommen im Blog", author: "Alex Morgan", publishedOn: "2025-03-01", body: "Hallo und willkommen! Das ist der erste Beitrag.\n\nBearbeite ihn, lösche ihn oder schreib einen neuen." },
  { title: "Was wir diesen Monat gelernt haben", author: "Sam Lee", publishedOn: "2025-03-15", body: "Ein Monat kleiner Experimente hat uns viel gelehrt.\n\nDie wichtigste Lehre: früh veröffentlichen und zuhören." },
  { title: "Fünf kleine Erfolge", author: "Alex Morgan", publishedOn: "2025-04-02", body: "Kleine Erfolge summieren sich.\n\nHier sind fünf, die unsere Woche besser gemacht haben, vom aufgeräumten Schreibtisch bis zu kurzen Meetings." },
];
