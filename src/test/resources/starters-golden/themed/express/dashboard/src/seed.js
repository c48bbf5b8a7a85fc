// Sample rows the in-memory store starts with; the store copies them.

export const categories = [
  { name: "Favourites", description: "The ones we come back to." },
  { name: "Everyday", description: "Quick and reliable." },
  { name: "Special occasions", description: "For when there is time." },
];

export const authors = [
  { name: "Alex Morgan", email: "alex@example.com", bio: "Writes about everyday things." },
  { name: "Sam Lee", email: "sam@example.com", bio: "Loves long walks and short posts." },
  { name: "Jo Carter", email: "jo@example.com", bio: "Editor." },
];
