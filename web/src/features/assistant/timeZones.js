/** Every IANA time zone the browser knows, for the settings' searchable list. */
export function allTimeZones() {
    const intl = Intl;
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    // Some browsers leave UTC out of the list although the server's default is UTC.
    return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
export function browserTimeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
/** Set once this browser offered its own zone in place of the server's UTC default. */
const ADOPTED_KEY = 'vectort.assistant.zoneAdopted';
/**
 * The zone to save on first use: the browser's, when the settings still hold the untouched
 * default (UTC, no quiet hours) and this browser has not done it before. Reminders such as "at 8"
 * then mean 8 where the person is.
 */
export function zoneToAdopt(settings) {
    try {
        if (localStorage.getItem(ADOPTED_KEY))
            return null;
        localStorage.setItem(ADOPTED_KEY, '1');
    }
    catch {
        return null;
    }
    const zone = browserTimeZone();
    const untouched = settings.timeZone === 'UTC' && settings.quietHours === null;
    return untouched && zone !== 'UTC' ? zone : null;
}
