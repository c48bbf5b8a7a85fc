import { describe, expect, it } from 'vitest';
import { duration } from './format';

describe('duration', () => {
  it('keeps a tenth of a second for short runs, whole seconds up to a minute, then minutes and seconds', () => {
    expect(duration(900, 'en')).toBe('0.9 sec');
    expect(duration(12_345, 'en')).toBe('12 sec');
    expect(duration(59_600, 'en')).toBe('1 min');
    expect(duration(73_400, 'en')).toBe('1 min 13 sec');
    expect(duration(73_400, 'de')).toBe('1 Min. 13 Sek.');
  });
});
