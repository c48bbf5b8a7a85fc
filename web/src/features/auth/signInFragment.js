import { nextPath } from './nextPath';
/** Reads the fragment; anything unexpected is an error, and `next` is always a path of this app. */
export function readCompletion(hash) {
    const fields = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
    const next = nextPath(`?next=${encodeURIComponent(fields.get('next') ?? '')}`);
    const error = fields.get('error');
    if (error)
        return { kind: 'error', code: error };
    const challenge = fields.get('mfa');
    if (challenge) {
        const methods = (fields.get('methods') ?? '').split(',').filter(Boolean);
        return { kind: 'mfa', challenge, methods, next };
    }
    const ticket = fields.get('link');
    if (ticket) {
        return {
            kind: 'link',
            ticket,
            provider: fields.get('provider') ?? '',
            email: fields.get('email') ?? '',
            next,
            password: fields.get('password') !== '0',
            via: (fields.get('via') ?? '').split(',').filter(Boolean),
        };
    }
    if (fields.has('next'))
        return { kind: 'signed-in', next };
    return { kind: 'error', code: 'invalid-state' };
}
