/** YYYY-MM-DD in local time, the format of date inputs. */
export function toIsoDate(date) {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

export function daysFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}

export function formatDate(value) {
  return value ? new Date(`${value}T00:00:00`).toLocaleDateString() : "";
}
