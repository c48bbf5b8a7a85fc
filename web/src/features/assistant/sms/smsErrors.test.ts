import { describe, expect, it } from 'vitest';
import { i18n } from '../../../shared/i18n';
import { problemFromJson } from '../../../shared/api/problem';
import { smsErrorText } from './smsErrors';

const CONTRACT_CODES = [
  'invalid-number',
  'too-many-codes',
  'number-taken',
  'wrong-code',
  'code-expired',
  'no-pending-code',
  'phone-not-verified',
  'number-budget-reached',
  'no-numbers-available',
  'not-dedicated',
  'not-simulator',
];

const problem = (status: number, code: string, detail: string, retryAfter: string | null = null) =>
  problemFromJson(status, { type: `https://vectort.dev/problems/${code}`, status, detail }, retryAfter);

describe('SMS error messages', () => {
  const t = i18n.getFixedT('en');

  it.each(CONTRACT_CODES)('tells %s in words of its own, not the server’s detail', (code) => {
    const text = smsErrorText(t, problem(400, code, 'SERVER DETAIL'));
    expect(text).not.toBe('SERVER DETAIL');
    expect(text).toBe(i18n.t(`assistant.sms.errors.${code}`, { lng: 'en' }));
  });

  it('tells the wait from Retry-After, in whole minutes', () => {
    expect(smsErrorText(t, problem(429, 'too-many-codes', 'x', '30'))).toBe('Too many codes asked for. Try again in 1 minute.');
    expect(smsErrorText(t, problem(429, 'too-many-codes', 'x', '301'))).toBe('Too many codes asked for. Try again in 6 minutes.');
  });

  it('tells the tries left that the server put in its detail', () => {
    expect(smsErrorText(t, problem(400, 'wrong-code', 'Wrong code: 1 attempt left.'))).toBe(
      'This code is not right. 1 try left.',
    );
    expect(smsErrorText(i18n.getFixedT('fr'), problem(400, 'wrong-code', 'Wrong code: 2 attempts left.'))).toBe(
      'Ce code n’est pas le bon. Il vous reste 2 essais.',
    );
  });

  it('falls back to the usual problem text for codes that are not the SMS API’s', () => {
    expect(smsErrorText(t, problem(429, 'rate-limited', 'x'))).toBe('Too many attempts. Please wait a moment and try again.');
  });
});
