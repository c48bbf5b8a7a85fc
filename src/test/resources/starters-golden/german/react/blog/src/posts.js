import { formatDate } from "./dates.js";

/** The fields of a post, in form order; a new post starts with these values. */
export const EMPTY_POST = { title: "", author: "", publishedOn: "", body: "" };

export function byNewest(a, b) {
  return String(b.publishedOn ?? "").localeCompare(String(a.publishedOn ?? ""));
}

export function meta(post) {
  return [formatDate(post.publishedOn), post.author].filter(Boolean).join(" · ");
}

export function paragraphs(body) {
  return String(body ?? "")
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== "");
}

export function excerpt(body) {
  const first = paragraphs(body)[0] ?? "";
  return first.length > 180 ? `${first.slice(0, 179)}…` : first;
}
