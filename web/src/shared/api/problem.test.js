import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { describeError, describeFieldError } from './messages';
import { ApiError, networkError, problemFromJson, problemFromResponse } from './problem';
describe('problem details', () => {
    it('reads the code from the type URI, and the detail', () => {
        const error = problemFromJson(409, {
            type: 'https://vectort.dev/problems/generation-in-progress',
            status: 409,
            detail: 'A generation is already running',
        });
        expect(error.code).toBe('generation-in-progress');
        expect(error.status).toBe(409);
        expect(error.detail).toBe('A generation is already running');
    });
    it('reads the code of the organisation problems, whatever host names their type', () => {
        const error = problemFromJson(403, { type: 'https://vectort.io/problems/forbidden-role', detail: 'Needs admin' });
        expect(error.code).toBe('forbidden-role');
        expect(problemFromJson(409, { type: 'https://vectort.dev/problems/last-owner' }).code).toBe('last-owner');
    });
    it('survives a body that is not JSON', async () => {
        const error = await problemFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
        expect(error.code).toBe('http-502');
        expect(error.detail).toBe('');
        expect(error.fieldErrors).toEqual([]);
    });
    it('takes Retry-After from the header', async () => {
        const error = await problemFromResponse(new Response(JSON.stringify({ type: 'https://vectort.dev/problems/database-unavailable' }), {
            status: 503,
            headers: { 'Retry-After': '7' },
        }));
        expect(error.retryAfterSeconds).toBe(7);
    });
    it('ignores malformed field errors instead of crashing', () => {
        const error = problemFromJson(400, { type: 'https://vectort.dev/problems/validation', errors: [null, 3, { field: 'name' }] });
        expect(error.fieldErrors).toEqual([{ field: 'name', code: '', message: '' }]);
    });
});
describe('messages for people', () => {
    const t = i18n.getFixedT('en');
    it('translates known codes and falls back to the detail, never [object Object]', () => {
        expect(describeError(t, problemFromJson(401, { type: 'https://vectort.dev/problems/invalid-credentials' }))).toBe('Wrong email or password.');
        expect(describeError(t, new ApiError({ status: 418, code: 'teapot', detail: 'I am a teapot' }))).toBe('I am a teapot');
        expect(describeError(t, networkError(new TypeError('x')))).toMatch(/cannot be reached/);
        expect(describeError(t, { some: 'object' })).not.toContain('[object');
        expect(describeError(t, new Error('stack trace here'))).toBe('Something unexpected went wrong. Please try again.');
    });
    it('translates field errors with the numbers the server gave', () => {
        expect(describeFieldError(t, { field: 'description', code: 'too-long', message: 'must be at most 5000 characters (got 5001)' })).toBe('Too long: at most 5000 characters (this has 5001).');
        expect(describeFieldError(t, { field: 'x', code: 'brand-new', message: 'must be shiny' })).toBe('must be shiny');
    });
    it('speaks French when the UI does', () => {
        const fr = i18n.getFixedT('fr');
        expect(describeFieldError(fr, { field: 'description', code: 'required', message: 'must not be empty' })).not.toBe('Required.');
    });
});
