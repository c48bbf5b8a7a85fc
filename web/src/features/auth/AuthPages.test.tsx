import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFromJson } from '../../shared/api/problem';
import { fakeApi, json } from '../../test/fakeApi';

const session = vi.hoisted(() => ({ signIn: vi.fn() }));
vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-out', user: null, expired: false, signIn: session.signIn }),
}));

const { RegisterPage } = await import('./RegisterPage');
const { SignInPage } = await import('./SignInPage');

/** Where the page sent the person, and with which state. */
function Landed({ name }: { name: string }) {
  const location = useLocation();
  return <p data-testid="landed">{`${name} ${JSON.stringify(location.state ?? null)}`}</p>;
}

function open(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/verify-email" element={<Landed name="verify" />} />
        <Route path="/projects/:id" element={<Landed name="project" />} />
      </Routes>
    </MemoryRouter>,
  );
}

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
}

const validation = (field: string) =>
  json(400, {
    type: 'https://vectort.dev/problems/validation',
    detail: 'Invalid request',
    errors: [{ field, code: 'required', message: 'must not be empty' }],
  });

describe('sign-up and sign-in forms', () => {
  beforeEach(() => {
    session.signIn.mockReset();
  });

  it('signs up: a field error shows at its field, then a confirmed-address account goes to check the mailbox', async () => {
    let answer = validation('password');
    const api = fakeApi({
      'GET /api/v1/auth/providers': () => json(200, []),
      'POST /api/v1/auth/register': () => answer,
    });
    open('/register?next=%2Fprojects%2Fp-1');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    fillIn('  ada@example.com ', '');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid', 'true');

    answer = json(201, { email: 'ada@example.com', emailVerification: 'required' });
    fillIn('  ada@example.com ', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByTestId('landed')).toHaveTextContent('verify {"email":"ada@example.com"}');
    expect(api.calls.at(-1)?.body).toEqual({ email: 'ada@example.com', password: 'correct horse battery' });
    expect(session.signIn).not.toHaveBeenCalled();
  });

  it('signs up and in at once when the address needs no confirmation, going where sign-up began', async () => {
    fakeApi({
      'GET /api/v1/auth/providers': () => json(200, []),
      'POST /api/v1/auth/register': () => json(201, { email: 'ada@example.com', emailVerification: 'optional' }),
    });
    session.signIn.mockResolvedValue({ kind: 'signed-in' });
    open('/register?next=%2Fprojects%2Fp-1');
    fillIn('ada@example.com', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByTestId('landed')).toHaveTextContent('project');
    expect(session.signIn).toHaveBeenCalledWith('ada@example.com', 'correct horse battery');
  });

  it('signs in: an unconfirmed address is offered a new link, and a second factor is asked for', async () => {
    fakeApi({ 'GET /api/v1/auth/providers': () => json(200, []) });
    session.signIn.mockRejectedValueOnce(
      problemFromJson(403, { type: 'https://vectort.dev/problems/email-not-verified', detail: 'Email not verified' }),
    );
    open('/signin');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    fillIn(' ada@example.com', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const resend = await screen.findByRole('link', { name: 'Send the link again' });
    expect(resend).toHaveAttribute('href', '/verify-email');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();

    session.signIn.mockResolvedValueOnce({ kind: 'mfa-required', challenge: 'c-1', methods: ['totp'], expiresIn: 300 });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Two-step verification' })).toBeInTheDocument();
    expect(session.signIn).toHaveBeenLastCalledWith('ada@example.com', 'correct horse battery');

    // Starting over shows the form again, ready for another attempt (not stuck busy).
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('offers the enabled providers below both forms, and the other form keeps where to go next', async () => {
    fakeApi({ 'GET /api/v1/auth/providers': () => json(200, [{ id: 'github', name: 'GitHub' }]) });
    const { unmount } = open('/signin?next=%2Fprojects%2Fp-1');
    expect(await screen.findByTestId('provider-github')).toHaveAttribute(
      'href',
      '/api/v1/auth/oauth2/start/github?next=%2Fprojects%2Fp-1',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/register?next=%2Fprojects%2Fp-1');
    unmount();

    open('/register?next=%2Fprojects%2Fp-1');
    await waitFor(() => expect(screen.getByTestId('provider-github')).toHaveTextContent('Continue with GitHub'));
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=%2Fprojects%2Fp-1');
  });
});
