import { nextPath } from './nextPath';

/** What the server's provider callback put in `/signin/complete#…`. */
export type SignInCompletion =
  | { kind: 'signed-in'; next: string }
  | { kind: 'mfa'; challenge: string; methods: string[]; next: string }
  | {
      kind: 'link';
      ticket: string;
      provider: string;
      email: string;
      next: string;
      /** Whether the existing account has a password to prove it with. */
      password: boolean;
      /** The providers already linked to the existing account, which can prove it too. */
      via: string[];
    }
  | { kind: 'error'; code: string };

/** Reads the fragment; anything unexpected is an error, and `next` is always a path of this app. */
export function readCompletion(hash: string): SignInCompletion {
  const fields = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const next = nextPath(`?next=${encodeURIComponent(fields.get('next') ?? '')}`);
  const error = fields.get('error');
  if (error) return { kind: 'error', code: error };
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
  if (fields.has('next')) return { kind: 'signed-in', next };
  return { kind: 'error', code: 'invalid-state' };
}
