const form = document.getElementById("signup-form");
const result = document.getElementById("signup-result");

function report(text, failed) {
  result.textContent = text;
  result.classList.toggle("error", failed);
  result.hidden = false;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = {
    name: form.elements.namedItem("name").value.trim(),
    email: form.elements.namedItem("email").value.trim(),
  };
  try {
    const response = await fetch("/api/signups", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      report(answer.fields?.map((problem) => problem.message).join(". ") || answer.message, true);
      return;
    }
    form.reset();
    report(`Danke, ${answer.name}! Du stehst auf der Liste.`, false);
  } catch {
    report("Der Server ist nicht erreichbar. Bitte versuche es noch einmal.", true);
  }
});

