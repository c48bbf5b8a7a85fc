import { readJson } from '../../shared/api/client';
import { networkError } from '../../shared/api/problem';

/** The public endpoints of password reset and email verification: no session, no bearer token. */
async function post(path: string, body: unknown): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw networkError(e);
  }
  await readJson<void>(response);
}

export const recoveryApi = {
  /** Answers the same whether or not the address has an account. */
  requestReset: (email: string) => post('/api/v1/auth/password-reset', { email }),
  confirmReset: (token: string, newPassword: string) => post('/api/v1/auth/password-reset/confirm', { token, newPassword }),
  verifyEmail: (token: string) => post('/api/v1/auth/verify-email', { token }),
  confirmEmailChange: (token: string) => post('/api/v1/auth/email-change/confirm', { token }),
  /** Answers the same whether or not the address has an account that needs confirming. */
  resendVerification: (email: string) => post('/api/v1/auth/verify-email/resend', { email }),
};
