// The words of the landing page, kept apart from the layout so they are easy to edit.
export const TAGLINE = "The simple way to get started with Cabinet de kinésithérapie.";

export const HIGHLIGHTS = [
  { title: "Works on any device", text: "Built around what you do every day, so there is nothing new to learn." },
  { title: "Set up in minutes", text: "Quick on any screen, from a phone on the go to a big monitor at your desk." },
  { title: "Private by default", text: "Clear settings and no surprises: you stay in control of your information." },
];

export const PLANS = [
  {
    name: "Starter",
    price: "$0",
    perks: ["Everything you need to try it", "Up to 3 projects", "Community help"],
    featured: false,
  },
  {
    name: "Pro",
    price: "$9",
    perks: ["Unlimited projects", "Priority e-mail support", "Export your data"],
    featured: true,
  },
  {
    name: "Team",
    price: "$29",
    perks: ["Everything in Pro", "Up to 10 people", "Shared workspaces"],
    featured: false,
  },
];
