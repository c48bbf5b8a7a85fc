// Sample rows shown until the first change is saved in the browser.

export const categories = [
  { id: "seed-1", name: "Favourites", description: "The ones we come back to." },
  { id: "seed-2", name: "Everyday", description: "Quick and reliable." },
  { id: "seed-3", name: "Special occasions", description: "For when there is time." },
];

export const authors = [
  { id: "seed-1", name: "Alex Morgan", email: "alex@example.com", bio: "Writes about everyday things." },
  { id: "seed-2", name: "Sam Lee", email: "sam@example.com", bio: "Loves long walks and short posts." },
  { id: "seed-3", name: "Jo Carter", email: "jo@example.com", bio: "Editor." },
];
