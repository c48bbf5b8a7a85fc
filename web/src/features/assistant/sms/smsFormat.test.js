import { describe, expect, it } from 'vitest';
import { monthName, shortWhen, usd } from './smsFormat';
describe('how the SMS pages write times and money', () => {
    it('writes the time alone for a text of today, and the date too for an older one', () => {
        const now = new Date(2026, 11, 4, 20, 0);
        expect(shortWhen(new Date(2026, 11, 4, 14, 5).toISOString(), 'en', now)).toBe('2:05 PM');
        expect(shortWhen(new Date(2026, 11, 3, 14, 5).toISOString(), 'en', now)).toBe('12/3/26, 2:05 PM');
        expect(shortWhen(new Date(2026, 11, 4, 14, 5).toISOString(), 'fr', now)).toBe('14:05');
    });
    it('names the month of the usage, whatever the time zone', () => {
        expect(monthName('2026-12', 'en')).toBe('December 2026');
        expect(monthName('2027-01', 'fr')).toBe('janvier 2027');
        expect(monthName('garbage', 'en')).toBe('garbage');
    });
    it('writes SMS prices with up to four decimals, from the server’s decimal string', () => {
        expect(usd('0.0948', 'en')).toBe('$0.0948');
        expect(usd('12.5', 'en')).toBe('$12.50');
        expect(usd('0', 'en')).toBe('$0.00');
    });
});
