export const AUDIT_PAGE_SIZE = 25;
export const NO_FILTERS = { actor: '', action: '', from: '', to: '' };
export function filtersFrom(params) {
    return {
        actor: params.get('actor') ?? '',
        action: params.get('action') ?? '',
        from: params.get('from') ?? '',
        to: params.get('to') ?? '',
    };
}
export function pageFrom(params) {
    const page = Number(params.get('page'));
    return Number.isInteger(page) && page > 0 ? page : 0;
}
/** The start of a day in this browser's time zone, as an instant. */
export function startOfDay(date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        return undefined;
    const start = new Date(`${date}T00:00:00`);
    return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}
/** The end of a day (the start of the next one), so that "to" includes the whole day. */
export function endOfDay(date) {
    const start = startOfDay(date);
    if (!start)
        return undefined;
    const next = new Date(`${date}T00:00:00`);
    next.setDate(next.getDate() + 1);
    return next.toISOString();
}
export function toQuery(filters, page, size = AUDIT_PAGE_SIZE) {
    return {
        actor: filters.actor,
        action: filters.action,
        from: startOfDay(filters.from),
        to: endOfDay(filters.to),
        page,
        size,
    };
}
/** The page's address for these filters: empty ones and page 0 left out. */
export function toSearch(filters, page) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
        if (value.trim())
            params.set(key, value.trim());
    if (page > 0)
        params.set('page', String(page));
    return params;
}
