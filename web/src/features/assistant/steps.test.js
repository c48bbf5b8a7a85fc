import { describe, expect, it } from 'vitest';
import { i18n, RESOURCES } from '../../shared/i18n';
import { stepLine, stepTime } from './steps';
import { failedStep, step } from './testServer';
// 2026-12-04 is a Friday; 14:00 UTC is 15:00 in Paris and 09:00 in New York.
const NOW = new Date('2026-12-04T14:00:00Z');
/** Intl may put a narrow no-break space before AM/PM: compared as plain spaces. */
const plain = (text) => text?.replace(/\s/g, ' ') ?? null;
describe('stepTime', () => {
    it('shows only the time today, in the person’s zone and language', () => {
        expect(stepTime('2026-12-04T15:42:00Z', 'fr', 'Europe/Paris', NOW)).toBe('16:42');
        expect(plain(stepTime('2026-12-04T15:42:00Z', 'en', 'America/New_York', NOW))).toBe('10:42 AM');
    });
    it('adds the weekday within the week and the date further away', () => {
        expect(stepTime('2026-12-05T08:00:00Z', 'fr', 'Europe/Paris', NOW)).toBe('sam. 09:00');
        expect(plain(stepTime('2026-12-20T08:00:00Z', 'en', 'Europe/Paris', NOW))).toBe('Dec 20, 9:00 AM');
    });
    it('counts days in the person’s zone, not the browser’s', () => {
        // 23:30 UTC on Friday is already Saturday in Paris.
        expect(stepTime('2026-12-04T23:30:00Z', 'fr', 'Europe/Paris', NOW)).toBe('sam. 00:30');
        expect(plain(stepTime('2026-12-04T23:30:00Z', 'en', 'America/New_York', NOW))).toBe('6:30 PM');
    });
    it('falls back to the browser’s zone for a zone it does not know, and gives nothing for a bad time', () => {
        const browser = stepTime('2026-12-04T15:42:00Z', 'fr', undefined, NOW);
        expect(stepTime('2026-12-04T15:42:00Z', 'fr', 'Mars/Olympus_Mons', NOW)).toBe(browser);
        expect(stepTime('soon', 'fr', 'Europe/Paris', NOW)).toBeNull();
    });
});
describe('stepLine', () => {
    const t = i18n.getFixedT('en');
    it('names the tool, the item and the time', () => {
        const reminder = step('create_reminder', 'stretch', '2026-12-04T15:42:00Z');
        expect(plain(stepLine(t, reminder, 'en', 'Europe/Paris', NOW))).toBe('Reminder created — stretch · 4:42 PM');
        expect(stepLine(t, step('add_note', 'buy milk'), 'en')).toBe('Note saved — buy milk');
        expect(stepLine(t, step('list_tasks'), 'en')).toBe('Tasks listed');
    });
    it('says a step failed, with its reason when there is one', () => {
        expect(stepLine(t, failedStep('snooze_reminder', 'already cancelled'), 'en')).toBe('Step failed: Reminder snoozed — already cancelled');
        expect(stepLine(t, { ...failedStep('forget', ''), error: null }, 'en')).toBe('Step failed: Forgotten');
    });
    it('shows a tool it does not know by its raw name, even one that looks like a translation key', () => {
        expect(stepLine(t, step('calendar:sync.now', 'team'), 'en')).toBe('calendar:sync.now — team');
        expect(stepLine(t, step('constructor'), 'en')).toBe('constructor');
    });
    it('knows every tool the translations name', () => {
        for (const [tool, label] of Object.entries(RESOURCES.en.assistant.tools)) {
            expect(stepLine(t, step(tool), 'en')).toBe(label);
        }
        expect(stepLine(i18n.getFixedT('fr'), step('create_reminder'), 'fr')).toBe('Rappel créé');
    });
});
