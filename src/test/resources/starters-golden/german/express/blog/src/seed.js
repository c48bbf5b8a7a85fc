// Sample rows the in-memory store starts with; the store copies them.

export const posts = [
  { title: "Welcome to the blog", author: "Alex Morgan", publishedOn: "2025-03-01", body: "Hello and welcome! This is the first post.\n\nEdit it, delete it, or write a new one." },
  { title: "What we learned this month", author: "Sam Lee", publishedOn: "2025-03-15", body: "A month of small experiments taught us a lot.\n\nThe biggest lesson: ship early and listen." },
  { title: "Five small wins", author: "Alex Morgan", publishedOn: "2025-04-02", body: "Small wins add up.\n\nHere are five that made our week better, from tidy desks to short meetings." },
];
