
export function categoriesOf(posts) {
  return [...new Set(posts.map((post) => post.category).filter(Boolean))].sort();
}
