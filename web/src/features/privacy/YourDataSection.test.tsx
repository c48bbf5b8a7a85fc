import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepUpProvider } from '../../shared/auth/StepUp';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
import type { DataExport } from './api';

const session = vi.hoisted(() => ({ signOut: vi.fn(async () => undefined) }));
vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: session.signOut }),
}));

const { YourDataSection } = await import('./YourDataSection');

const exported = (status: DataExport['status'], progress: number, extra: Partial<DataExport> = {}): DataExport => ({
  id: 'x1',
  status,
  progress,
  createdAt: '2026-12-04T05:00:00Z',
  ...extra,
});

function renderSection() {
  return render(
    <MemoryRouter initialEntries={['/account']}>
      <Routes>
        <Route
          path="/account"
          element={
            <StepUpProvider>
              <YourDataSection />
            </StepUpProvider>
          }
        />
        <Route path="/signin" element={<p>Sign-in page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('Your data', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    session.signOut.mockClear();
  });

  it('starts an export, polls it every two seconds with a progress bar, then links the download', async () => {
    vi.useFakeTimers();
    const answers = [
      exported('running', 0.4),
      exported('running', 0.8),
      exported('ready', 1, { downloadUrl: '/api/v1/me/export/x1/download?token=abc', expiresAt: '2026-12-11T05:00:00Z' }),
    ];
    const api = fakeApi({
      'POST /api/v1/me/export': () => json(202, exported('queued', 0)),
      'GET /api/v1/me/export/x1': () => json(200, answers.shift()),
    });
    renderSection();
    const section = screen.getByTestId('data-export');
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Export my data' }));
    });
    const bar = within(section).getByRole('progressbar', { name: 'Export progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(section).toHaveTextContent('Waiting to start…');
    expect(within(section).getByRole('button', { name: 'Export my data' })).toBeDisabled();
    const polls = () => api.requests('GET', '/api/v1/me/export/x1').length;
    expect(polls()).toBe(0);

    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(polls()).toBe(1);
    expect(within(section).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(section).toHaveTextContent('Preparing your export… 40%');

    await act(() => vi.advanceTimersByTimeAsync(1999));
    expect(polls()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(polls()).toBe(2);
    expect(within(section).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '80');
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(2000));
    const link = within(section).getByRole('link', { name: 'Download your data' });
    expect(link).toHaveAttribute('href', '/api/v1/me/export/x1/download?token=abc');
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(polls()).toBe(3);
    expect(api.requests('POST', '/api/v1/me/export')).toHaveLength(1);
  });

  it('deletes the account only once its email is typed, and shows why it cannot be', async () => {
    const api = fakeApi({});
    let answer = 0;
    api.on('DELETE /api/v1/me', () =>
      answer++ === 0 ? problem(409, 'last-owner', 'You are the last owner of Acme, which has 2 other members.') : noContent(),
    );
    renderSection();
    fireEvent.click(within(screen.getByTestId('delete-account')).getByRole('button', { name: 'Delete my account' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your account?' });
    const typed = within(dialog).getByLabelText('Type ana@acme.test to confirm');
    const confirm = within(dialog).getByRole('button', { name: 'Delete my account' });
    expect(typed).toHaveFocus();
    expect(confirm).toBeDisabled();
    fireEvent.change(typed, { target: { value: 'ana@acme.tes' } });
    expect(confirm).toBeDisabled();
    fireEvent.submit(confirm.closest('form')!);
    expect(api.requests('DELETE', '/api/v1/me')).toHaveLength(0);

    fireEvent.change(typed, { target: { value: ' Ana@Acme.test ' } });
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You are the last owner of Acme, which has 2 other members.',
    );
    expect(session.signOut).not.toHaveBeenCalled();

    fireEvent.click(confirm);
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(session.signOut).toHaveBeenCalledTimes(1);
    expect(api.requests('DELETE', '/api/v1/me').map((c) => c.body)).toEqual([
      { confirmEmail: 'ana@acme.test' },
      { confirmEmail: 'ana@acme.test' },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
