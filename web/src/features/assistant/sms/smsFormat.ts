/** How the SMS pages write times, months and money in the page's language. */

export function timeOfDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso));
}

/** "2026-12" → "December 2026" (read at noon UTC, so that no time zone moves it to another month). */
export function monthName(month: string, language: string): string {
  const date = new Date(`${month}-01T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The server sends money as a decimal string ("0.0948"): SMS prices need up to four decimals. */
export function usd(amount: string, language: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  const format = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  return format.format(value);
}

/** As a phone writes it under a text: the time alone today, with the date before. */
export function shortWhen(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  const today = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(language, today ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }).format(
    date,
  );
}
