/** Credits are decimals (1 credit = 0.001 USD); the API sends them as JSON numbers. */
export const USD_PER_CREDIT = 0.001;
export function credits(value, language) {
    return new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(value);
}
/** Dollars with cents, or more digits for the fractions of a cent that API calls cost. */
export function usd(value, language) {
    const small = value !== 0 && Math.abs(value) < 0.01;
    return new Intl.NumberFormat(language, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 2,
        maximumFractionDigits: small ? 6 : 2,
    }).format(value);
}
export function percent(fraction, language) {
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}
