import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
import { ResetPasswordPage } from './ResetPasswordPage';

function SignInStub() {
  const location = useLocation();
  return <p>Sign-in page, notice: {String((location.state as { notice?: string } | null)?.notice)}</p>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/signin" element={<SignInStub />} />
      </Routes>
    </MemoryRouter>,
  );
}

function fillNewPassword(password: string, repeated = password) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Repeat the new password'), { target: { value: repeated } });
  fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
}

describe('ResetPasswordPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for a link and says the same thing whatever the address', async () => {
    const fake = fakeApi({ 'POST /api/v1/auth/password-reset': () => new Response(null, { status: 202 }) });
    renderAt('/reset-password');
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Email'), { target: { value: ' bo@acme.test ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('If an account exists for bo@acme.test, we sent a link to it.');
    expect(fake.requests('POST', '/api/v1/auth/password-reset').map((c) => c.body)).toEqual([{ email: 'bo@acme.test' }]);
    // No session is involved: the request carries no bearer token.
    expect(fake.requests('POST', '/api/v1/auth/password-reset')[0].headers.get('Authorization')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to sign-in' })).toHaveAttribute('href', '/signin');
  });

  it('sets the new password from the link and sends the person to sign in with a notice', async () => {
    const fake = fakeApi({ 'POST /api/v1/auth/password-reset/confirm': () => noContent() });
    renderAt('/reset-password?token=tok-123');
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/At least 12 characters/);

    fillNewPassword('granite orbit lantern 42');

    expect(await screen.findByText('Sign-in page, notice: password-reset')).toBeInTheDocument();
    expect(fake.requests('POST', '/api/v1/auth/password-reset/confirm').map((c) => c.body)).toEqual([
      { token: 'tok-123', newPassword: 'granite orbit lantern 42' },
    ]);
  });

  it('refuses two different passwords without asking the server', () => {
    const fake = fakeApi({});
    renderAt('/reset-password?token=tok-123');

    fillNewPassword('granite orbit lantern 42', 'granite orbit lantern 43');

    expect(screen.getByLabelText('Repeat the new password')).toHaveAccessibleDescription('The two passwords are not the same.');
    expect(screen.getByLabelText('Repeat the new password')).toHaveAttribute('aria-invalid', 'true');
    expect(fake.calls).toHaveLength(0);
  });

  it('shows why the server refused the password next to the field', async () => {
    fakeApi({
      'POST /api/v1/auth/password-reset/confirm': () =>
        json(400, {
          type: 'https://vectort.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          errors: [
            { field: 'newPassword', code: 'common-password', message: 'is one of the most common passwords; choose another' },
          ],
        }),
    });
    renderAt('/reset-password?token=tok-123');

    fillNewPassword('password123');

    expect(await screen.findByText('This is one of the most common passwords. Choose another.')).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers a new link when this one expired or was used', async () => {
    fakeApi({ 'POST /api/v1/auth/password-reset/confirm': () => problem(410, 'invalid-link', 'expired') });
    renderAt('/reset-password?token=tok-old');

    fillNewPassword('granite orbit lantern 42');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link has expired or was already used.');
    fireEvent.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    expect(await screen.findByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    expect(within(document.body).queryByLabelText('New password')).toBeNull();
  });
});
