import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, noContent, problem } from '../../test/fakeApi';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-out', user: null }),
}));

const { VerifyEmailPage } = await import('./VerifyEmailPage');

function renderAt(entry: string | { pathname: string; search?: string; state?: unknown }) {
  return render(
    <MemoryRouter initialEntries={[entry]}>
      <Routes>
        <Route path="/verify-email" element={<VerifyEmailPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('VerifyEmailPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('confirms the address on a click, not on opening the link', async () => {
    const fake = fakeApi({ 'POST /api/v1/auth/verify-email': () => noContent() });
    renderAt('/verify-email?token=tok-1');
    expect(fake.calls).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Confirm my email address' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your email address is confirmed.');
    expect(fake.requests('POST', '/api/v1/auth/verify-email').map((c) => c.body)).toEqual([{ token: 'tok-1' }]);
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/signin');
  });

  it('says when the link is no longer valid', async () => {
    fakeApi({ 'POST /api/v1/auth/verify-email': () => problem(410, 'invalid-link') });
    renderAt('/verify-email?token=tok-1');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm my email address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link has expired or was already used.');
  });

  it('after sign-up, says where the link went and sends it again', async () => {
    const fake = fakeApi({ 'POST /api/v1/auth/verify-email/resend': () => new Response(null, { status: 202 }) });
    renderAt({ pathname: '/verify-email', state: { email: 'bo@acme.test' } });
    expect(screen.getByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText(/We sent a link to bo@acme.test/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByRole('status')).toHaveTextContent('a new link is on its way');
    expect(fake.requests('POST', '/api/v1/auth/verify-email/resend').map((c) => c.body)).toEqual([{ email: 'bo@acme.test' }]);
  });
});
