// Sample rows the in-memory store starts with; the store copies them.

export const posts = [
  { title: "Welcome to the blog", author: "Alex Morgan", publishedOn: "2025-03-01", category: "News", body: "Hello and welcome! This is the first post.\n\nEdit it, delete it, or write a new one." },
  { title: "What we learned this month", author: "Sam Lee", publishedOn: "2025-03-15", category: "Guides", body: "A month of small experiments taught us a lot.\n\nThe biggest lesson: ship early and listen." },
  { title: "Five small wins", author: "Alex Morgan", publishedOn: "2025-04-02", category: "Stories", body: "Small wins add up.\n\nHere are five that made our week better, from tidy desks to short meetings." },
];

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
