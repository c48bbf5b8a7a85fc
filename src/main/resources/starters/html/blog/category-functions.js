
function badge(text) {
  const element = document.createElement("span");
  element.className = "badge";
  element.textContent = text;
  return element;
}

function renderCategories() {
  const names = [...new Set(posts.map((post) => post.category).filter(Boolean))].sort();
  if (category && !names.includes(category)) {
    category = null;
  }
  const chips = [null, ...names].map((name) => {
    const chip = button(name ?? "«uiAllCategories»", "chip", name ? `«uiShowCategory:${name}»` : "«uiShowAllPosts»", () => {
      category = name;
      renderList();
    });
    chip.setAttribute("aria-pressed", String(category === name));
    return chip;
  });
  document.getElementById("categories").replaceChildren(...chips);
  const options = names.map((name) => Object.assign(document.createElement("option"), { value: name }));
  document.getElementById("category-options").replaceChildren(...options);
}
