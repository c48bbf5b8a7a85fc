/** Numbers as the console shows them, in the page's language. */

export function money(value: number, language: string): string {
  // Cents, unless the whole amount is below a cent (a model call can cost fractions of one).
  const digits = value !== 0 && Math.abs(value) < 0.01 ? 6 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
  }).format(value);
}

export function count(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

export function share(fraction: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** "2026-12-05" as a short date (the days are UTC days: format them in UTC). */
export function shortDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
