// Sample rows shown until the first change is saved in the browser.

export const posts = [
  { id: "seed-1", title: "Bienvenue sur le blog", author: "Alex Morgan", publishedOn: "2025-03-01", body: "Bonjour et bienvenue ! Voici le premier article.\n\nModifiez-le, supprimez-le ou écrivez-en un nouveau." },
  { id: "seed-2", title: "Ce que nous avons appris ce mois-ci", author: "Sam Lee", publishedOn: "2025-03-15", body: "Un mois de petites expériences nous a beaucoup appris.\n\nLa plus grande leçon : publier tôt et écouter." },
  { id: "seed-3", title: "Cinq petites victoires", author: "Alex Morgan", publishedOn: "2025-04-02", body: "Les petites victoires s’additionnent.\n\nEn voici cinq qui ont amélioré notre semaine, du bureau rangé aux réunions courtes." },
];
