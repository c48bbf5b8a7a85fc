import { describe, expect, it } from 'vitest';
import { countryOptions, defaultCountry } from './countries';
describe('countries for phone numbers', () => {
    it('defaults to the region of the browser’s languages, else the likely one of the first language, else the US', () => {
        expect(defaultCountry(['fr-FR', 'en'])).toBe('FR');
        expect(defaultCountry(['en', 'de-AT'])).toBe('AT');
        expect(defaultCountry(['pt'])).toBe('BR');
        expect(defaultCountry(['ja'])).toBe('JP');
        expect(defaultCountry(['not a tag'])).toBe('US');
        expect(defaultCountry([])).toBe('US');
    });
    it('names every country in the page’s language, in its alphabetical order', () => {
        const french = countryOptions('fr');
        expect(french.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
        const names = french.map((c) => c.name);
        expect(names.indexOf('Allemagne')).toBeLessThan(names.indexOf('Espagne'));
        expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
        expect(new Set(french.map((c) => c.code)).size).toBe(french.length);
    });
});
