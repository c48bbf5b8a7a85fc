import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../shared/ui/Toasts';
import { json, noContent } from '../../test/fakeApi';
import { assistantServer, memory } from './testServer';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));

const { MemoryPage } = await import('./MemoryPage');

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/assistant/memory']}>
      <ToastProvider>
        <MemoryPage />
      </ToastProvider>
    </MemoryRouter>,
  );
}

describe('MemoryPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists memories with their dates and searches with the backend', async () => {
    const { state, api } = assistantServer();
    state.memories = [memory('a', 'My sister is Léa'), memory('b', 'I take the train at 8')];
    renderPage();
    const items = await screen.findAllByTestId('memory');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('My sister is Léa');
    expect(items[0]).toHaveTextContent(/Added .*2026/);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'sister' } });
    await waitFor(() => expect(screen.getAllByTestId('memory')).toHaveLength(1));
    expect(screen.getByTestId('memory')).toHaveTextContent('My sister is Léa');
    const search = api.calls.filter((c) => c.url.pathname === '/api/v1/assistant/memories' && c.url.searchParams.has('q'));
    expect(search.at(-1)!.url.searchParams.get('q')).toBe('sister');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'dentist' } });
    expect(await screen.findByText('Nothing found.')).toBeInTheDocument();
  });

  it('adds, edits and forgets a memory', async () => {
    const { state, api } = assistantServer();
    state.memories = [memory('a', 'My sister is Lea')];
    api.on('PATCH /api/v1/assistant/memories/a', ({ body }) => {
      const fact = (body as { fact: string }).fact;
      state.memories = state.memories.map((m) => (m.id === 'a' ? { ...m, fact, updatedAt: '2026-12-05T09:00:00Z' } : m));
      return json(
        200,
        state.memories.find((m) => m.id === 'a'),
      );
    });
    api.on('DELETE /api/v1/assistant/memories/a', () => {
      state.memories = state.memories.filter((m) => m.id !== 'a');
      return noContent();
    });
    renderPage();
    await screen.findByTestId('memory');

    fireEvent.change(screen.getByLabelText('Something to remember'), { target: { value: '  I like tea  ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remember' }));
    });
    await waitFor(() => expect(screen.getAllByTestId('memory')).toHaveLength(2));
    expect(api.requests('POST', '/api/v1/assistant/memories')[0].body).toEqual({ fact: 'I like tea' });

    fireEvent.click(screen.getByRole('button', { name: 'Edit “My sister is Lea”' }));
    const field = screen.getByLabelText('Memory');
    fireEvent.change(field, { target: { value: 'My sister is Léa' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(await screen.findByText('My sister is Léa')).toBeInTheDocument();
    expect(screen.getAllByTestId('memory')[1]).toHaveTextContent(/Changed .*2026/);
    expect(api.requests('PATCH', '/api/v1/assistant/memories/a')[0].body).toEqual({ fact: 'My sister is Léa' });

    fireEvent.click(screen.getByRole('button', { name: 'Forget “My sister is Léa”' }));
    const dialog = await screen.findByRole('dialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Forget' }));
    });
    await waitFor(() => expect(screen.queryByText('My sister is Léa')).not.toBeInTheDocument());
    expect(api.requests('DELETE', '/api/v1/assistant/memories/a')).toHaveLength(1);
  });

  it('downloads every memory as the JSON file the server names', async () => {
    const { state, api } = assistantServer();
    state.memories = [memory('a', 'My sister is Léa')];
    api.on(
      'GET /api/v1/assistant/memories/export',
      () =>
        new Response(JSON.stringify({ exportedAt: '2026-12-04T10:00:00Z', items: state.memories }), {
          status: 200,
          headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="vectort-memories.json"' },
        }),
    );
    const createObjectURL = vi.fn(() => 'blob:memories');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderPage();
    await screen.findByTestId('memory');

    fireEvent.click(screen.getByRole('button', { name: 'Download everything I remember (JSON)' }));

    await waitFor(() => expect(clicked).toEqual(['vectort-memories.json']));
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(JSON.parse(await blob.text()).items[0].fact).toBe('My sister is Léa');
    click.mockRestore();
  });

  it('says why the download failed', async () => {
    const { api } = assistantServer();
    api.on('GET /api/v1/assistant/memories/export', () => json(503, { type: 'about:blank', title: 'Unavailable', status: 503 }));
    renderPage();
    await screen.findByText('Nothing remembered yet.');

    fireEvent.click(screen.getByRole('button', { name: 'Download everything I remember (JSON)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not download/);
  });
});
