import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepUpProvider } from '../../shared/auth/StepUp';
import { ToastProvider } from '../../shared/ui/Toasts';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
import type { SessionItem } from './api';
import { describeDevice } from './device';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';

const session = (id: string, current: boolean, userAgent: string): SessionItem => ({
  id,
  method: 'password',
  userAgent,
  clientAddress: '203.0.113.7',
  createdAt: '2026-12-01T08:00:00Z',
  lastUsedAt: new Date(Date.now() - 3 * 60_000).toISOString(),
  secondFactor: current,
  current,
});

const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

describe('Signed-in devices', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names each device, marks this one, and signs another out', async () => {
    const sessions = [session('s1', true, FIREFOX_WINDOWS), session('s2', false, CHROME_ANDROID)];
    const api = fakeApi({
      'GET /api/v1/me/sessions': () => json(200, { sessions }),
      'DELETE /api/v1/me/sessions/s2': () => {
        sessions.pop();
        return noContent();
      },
    });
    render(
      <ToastProvider>
        <SessionsSection />
      </ToastProvider>,
    );
    const rows = await screen.findAllByTestId('session');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Firefox on Windows');
    expect(rows[0]).toHaveTextContent('This device');
    expect(within(rows[0]).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Chrome on Android');
    expect(rows[1]).toHaveTextContent('203.0.113.7 · password');
    expect(rows[1]).toHaveTextContent('Last active 3 minutes ago');

    await act(async () => {
      fireEvent.click(within(rows[1]).getByRole('button', { name: 'Sign out Chrome on Android' }));
    });
    await waitFor(() => expect(screen.getAllByTestId('session')).toHaveLength(1));
    expect(api.requests('DELETE', '/api/v1/me/sessions/s2')).toHaveLength(1);
    expect(screen.getByText('The device was signed out.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out all other devices' })).not.toBeInTheDocument();
  });

  it('signs out every other device after asking', async () => {
    let sessions = [
      session('s1', true, FIREFOX_WINDOWS),
      session('s2', false, CHROME_ANDROID),
      session('s3', false, 'curl/8.5.0'),
    ];
    const api = fakeApi({
      'GET /api/v1/me/sessions': () => json(200, { sessions }),
      'DELETE /api/v1/me/sessions': () => {
        sessions = sessions.filter((s) => s.current);
        return json(200, { revoked: 2 });
      },
    });
    render(
      <ToastProvider>
        <SessionsSection />
      </ToastProvider>,
    );
    await screen.findAllByTestId('session');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out all other devices' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('2 other devices will have to sign in again.');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out all other devices' }));
    });
    await waitFor(() => expect(screen.getAllByTestId('session')).toHaveLength(1));
    expect(api.requests('DELETE', '/api/v1/me/sessions')).toHaveLength(1);
    expect(screen.getByText('2 other devices were signed out.')).toBeInTheDocument();
  });
});

describe('Password', () => {
  afterEach(() => vi.unstubAllGlobals());

  const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));
  const fill = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

  it('refuses two different new passwords without asking the server', async () => {
    const api = fakeApi({});
    render(
      <StepUpProvider>
        <PasswordSection />
      </StepUpProvider>,
    );
    fill('New password', 'a long new passphrase');
    fill('Repeat the new password', 'a long new passphrasE');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    });
    expect(screen.getByText('The two passwords differ.')).toBeInTheDocument();
    expect(api.requests('PUT', '/api/v1/me/password')).toHaveLength(0);
  });

  it('shows a wrong current password and a weak new one at their fields, then succeeds', async () => {
    const answers = [
      () => problem(401, 'invalid-password'),
      () =>
        new Response(
          JSON.stringify({
            type: 'https://vectort.dev/problems/validation',
            title: 'x',
            status: 400,
            errors: [{ field: 'newPassword', code: 'common-password', message: 'is common' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      () => json(200, { otherSessionsEnded: 3 }),
    ];
    const api = fakeApi({ 'PUT /api/v1/me/password': () => answers.shift()!() });
    render(
      <StepUpProvider>
        <PasswordSection />
      </StepUpProvider>,
    );
    fill('Current password', 'old one');
    fill('New password', 'a long new passphrase');
    fill('Repeat the new password', 'a long new passphrase');
    const submit = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Change password' })));

    await submit();
    expect(await screen.findByText('This is not your current password.')).toBeInTheDocument();
    await submit();
    expect(await screen.findByText('This is one of the most common passwords. Choose another.')).toBeInTheDocument();
    await submit();
    expect(await screen.findByRole('status')).toHaveTextContent('Password changed. 3 other devices were signed out.');
    expect(api.requests('PUT', '/api/v1/me/password').at(-1)?.body).toEqual({
      currentPassword: 'old one',
      newPassword: 'a long new passphrase',
    });
    expect(field('New password')).toHaveValue('');
  });
});

describe('describeDevice', () => {
  it('knows the common browsers and systems, and says nothing it does not know', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      ),
    ).toEqual({
      browser: 'Safari',
      os: 'macOS',
    });
    expect(describeDevice('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0')).toEqual({
      browser: 'Edge',
      os: 'Windows',
    });
    expect(describeDevice('Java-http-client/25')).toEqual({ browser: null, os: null });
    expect(describeDevice(null)).toEqual({ browser: null, os: null });
  });
});
