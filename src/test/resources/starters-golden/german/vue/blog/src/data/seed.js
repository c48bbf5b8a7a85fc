// Sample rows shown until the first change is saved in the browser.

export const posts = [
  { id: "seed-1", title: "Welcome to the blog", author: "Alex Morgan", publishedOn: "2025-03-01", body: "Hello and welcome! This is the first post.\n\nEdit it, delete it, or write a new one." },
  { id: "seed-2", title: "What we learned this month", author: "Sam Lee", publishedOn: "2025-03-15", body: "A month of small experiments taught us a lot.\n\nThe biggest lesson: ship early and listen." },
  { id: "seed-3", title: "Five small wins", author: "Alex Morgan", publishedOn: "2025-04-02", body: "Small wins add up.\n\nHere are five that made our week better, from tidy desks to short meetings." },
];
