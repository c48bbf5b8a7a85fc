// The words of the landing page, kept apart from the layout so they are easy to edit.
export const TAGLINE = "La façon simple de démarrer avec Cabinet de kinésithérapie.";

export const HIGHLIGHTS = [
  { title: "Fonctionne sur tous les appareils", text: "Pensé pour ce que vous faites chaque jour : rien de nouveau à apprendre." },
  { title: "Prêt en quelques minutes", text: "Rapide sur tous les écrans, du téléphone en déplacement au grand moniteur du bureau." },
  { title: "Privé par défaut", text: "Des réglages clairs et aucune surprise : vous gardez la maîtrise de vos informations." },
];

export const PLANS = [
  {
    name: "Découverte",
    price: "$0",
    perks: ["Tout pour l’essayer", "Jusqu’à 3 projets", "Aide de la communauté"],
    featured: false,
  },
  {
    name: "Pro",
    price: "$9",
    perks: ["Projets illimités", "Support prioritaire par e-mail", "Export de vos données"],
    featured: true,
  },
  {
    name: "Équipe",
    price: "$29",
    perks: ["Tout ce qu’offre Pro", "Jusqu’à 10 personnes", "Espaces de travail partagés"],
    featured: false,
  },
];
