import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGES, RESOURCES } from '.';
function flatten(tree, prefix = '') {
    const out = new Map();
    for (const [key, value] of Object.entries(tree)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'string')
            out.set(path, value);
        else
            for (const [k, v] of flatten(value, path))
                out.set(k, v);
    }
    return out;
}
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key) => key.replace(PLURAL, '');
const placeholders = (text) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
const tags = (text) => [...text.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();
const english = flatten(RESOURCES.en);
const englishBase = new Set([...english.keys()].map(base));
/** Strings that are the same in every language: names and symbols. */
const SAME_EVERYWHERE = new Set(['prompt.count', 'turn.meta', 'versions.download']);
describe.each(LANGUAGES.map((l) => l.code).filter((c) => c !== 'en'))('translation %s', (code) => {
    const messages = flatten(RESOURCES[code]);
    const keys = new Set([...messages.keys()].map(base));
    it('has every key of English and no other', () => {
        expect([...englishBase].filter((k) => !keys.has(k))).toEqual([]);
        expect([...keys].filter((k) => !englishBase.has(k))).toEqual([]);
    });
    it('has the plural forms the language needs', () => {
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.filter((c) => c === 'one' || c === 'other');
        const pluralKeys = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map(base));
        for (const key of pluralKeys) {
            for (const category of categories) {
                expect(messages.has(`${key}_${category}`), `${code}: ${key}_${category}`).toBe(true);
            }
        }
    });
    it('keeps placeholders and markup, and translates (no empty or English copies)', () => {
        let copies = 0;
        for (const [key, text] of messages) {
            expect(text.trim(), `${code}: ${key}`).not.toBe('');
            const source = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
            expect(placeholders(text), `${code}: ${key}`).toEqual(placeholders(source));
            expect(tags(text), `${code}: ${key}`).toEqual(tags(source));
            if (text === source && !SAME_EVERYWHERE.has(key) && text.length > 4)
                copies++;
        }
        // A few words are the same in some languages ("Type", "Code", "Version", "Conversation").
        expect(copies / messages.size).toBeLessThan(0.05);
    });
});
describe('language detection', () => {
    it('prefers the saved choice, then the browser languages, then English', () => {
        expect(detectLanguage('ja', ['fr-FR'])).toBe('ja');
        expect(detectLanguage(null, ['zh-CN', 'en'])).toBe('zh');
        expect(detectLanguage('xx', ['ru', 'pt-BR'])).toBe('pt');
        expect(detectLanguage(null, ['ru'])).toBe('en');
    });
});
