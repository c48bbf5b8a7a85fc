/** Locale-aware formatting of dates and sizes for the current UI language. */
const UNITS = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['week', 7 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
];
export function relativeTime(iso, language, now = Date.now()) {
    const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
    const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size || unit === 'second') {
            const value = Math.round(seconds / size);
            return unit === 'second' && Math.abs(value) < 10 ? format.format(0, 'second') : format.format(value, unit);
        }
    }
    return format.format(0, 'second');
}
export function dateTime(iso, language) {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
export function fileSize(bytes, language) {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return new Intl.NumberFormat(language, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: unit === 0 ? 'long' : 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
    }).format(value);
}
export function number(value, language) {
    return new Intl.NumberFormat(language).format(value);
}
