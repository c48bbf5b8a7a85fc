// Sample rows the in-memory store starts with; the store copies them.

export const posts = [
  { title: "Bienvenue sur le blog", author: "Alex Morgan", publishedOn: "2025-03-01", body: "Bonjour et bienvenue ! Voici le premier article.\n\nModifiez-le, supprimez-le ou écrivez-en un nouveau." },
  { title: "Ce que nous avons appris ce mois-ci", author: "Sam Lee", publishedOn: "2025-03-15", body: "Un mois de petites expériences nous a beaucoup appris.\n\nLa plus grande leçon : publier tôt et écouter." },
  { title: "Cinq petites victoires", author: "Alex Morgan", publishedOn: "2025-04-02", body: "Les petites victoires s’additionnent.\n\nEn voici cinq qui ont amélioré notre semaine, du bureau rangé aux réunions courtes." },
];
