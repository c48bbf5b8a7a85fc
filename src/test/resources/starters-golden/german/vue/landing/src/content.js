// The words of the landing page, kept apart from the layout so they are easy to edit.
export const TAGLINE = "Physiotherapie-Praxis: der einfache Einstieg.";

export const HIGHLIGHTS = [
  { title: "Läuft auf jedem Gerät", text: "Gebaut für das, was du jeden Tag tust, also gibt es nichts Neues zu lernen." },
  { title: "In Minuten eingerichtet", text: "Schnell auf jedem Bildschirm, vom Handy unterwegs bis zum großen Monitor am Schreibtisch." },
  { title: "Privat von Anfang an", text: "Klare Einstellungen und keine Überraschungen: Du behältst die Kontrolle über deine Daten." },
];

export const PLANS = [
  {
    name: "Starter",
    price: "$0",
    perks: ["Alles zum Ausprobieren", "Bis zu 3 Projekte", "Hilfe aus der Community"],
    featured: false,
  },
  {
    name: "Pro",
    price: "$9",
    perks: ["Unbegrenzte Projekte", "Bevorzugter E-Mail-Support", "Export deiner Daten"],
    featured: true,
  },
  {
    name: "Team",
    price: "$29",
    perks: ["Alles aus Pro", "Bis zu 10 Personen", "Gemeinsame Arbeitsbereiche"],
    featured: false,
  },
];
