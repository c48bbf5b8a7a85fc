import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_HINT_KEY } from '../../shared/api/client';
import type { Balance, CacheSettings, CacheStats, LedgerEntry, Plan, UsageRow } from './api';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u', email: 'a@example.com' }, signOut: vi.fn() }),
}));

const { AccountPage } = await import('./AccountPage');
const { browser } = await import('./api');

const plan = (id: string, name: string, gpm: number | null, rpd: number | null, monthly: number, queues = false): Plan => ({
  id,
  name,
  generationsPerMinute: gpm,
  apiRequestsPerDay: rpd,
  monthlyCredits: monthly,
  queuesExcess: queues,
});

const PLANS = [
  plan('free', 'Free', 10, 100, 1000),
  plan('starter', 'Starter', 30, 1000, 10000),
  plan('pro', 'Pro', 100, 10000, 50000, true),
  plan('enterprise', 'Enterprise', null, null, 500000),
];

const entry = (id: string, kind: string, credits: number, description: string): LedgerEntry => ({
  id,
  kind,
  credits,
  reservedCredits: 0,
  reference: null,
  description,
  createdAt: '2026-11-20T10:00:00Z',
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function problem(status: number, code: string, detail = code): Response {
  return new Response(JSON.stringify({ type: `https://vectort.dev/problems/${code}`, title: 'x', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

type Route = (init: RequestInit, url: URL) => Response;

/** A fake API server: answers by "METHOD /path"; every request is recorded. */
function fakeServer(overrides: Record<string, Route> = {}) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  let balance: Balance = {
    plan: PLANS[0],
    availableCredits: 1000,
    reservedCredits: 2.5,
    availableUsd: 1,
  };
  let settings: CacheSettings = { similar_prompts: false, similarity_threshold: null, effective_threshold: 0.9 };
  const stats: CacheStats = { hits: 3, misses: 1, hit_rate: 0.75, by_layer: { l1: 2, l2: 0, l3: 1, similar: 0 }, entries: 4 };
  const usage: UsageRow[] = [];
  const routes: Record<string, Route> = {
    'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'access', expiresIn: 3600, tokenType: 'Bearer' }),
    'GET /api/v1/billing/balance': () => json(200, balance),
    'GET /api/v1/billing/plans': () => json(200, PLANS),
    'GET /api/v1/billing/usage': () => json(200, usage),
    'GET /api/v1/billing/ledger': () => json(200, { items: [entry('e1', 'grant', 1000, 'Sign-up grant')], nextBefore: null }),
    'GET /api/v1/cache/stats': () => json(200, stats),
    'GET /api/v1/cache/settings': () => json(200, settings),
    'PUT /api/v1/cache/settings': (init) => {
      const body = JSON.parse(String(init.body));
      settings = { ...body, effective_threshold: body.similarity_threshold ?? 0.9 };
      return json(200, settings);
    },
    'DELETE /api/v1/cache': () => json(200, { entries_deleted: 4 }),
    ...overrides,
  };
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const route = routes[`${method} ${url.pathname}`];
    return route ? route(init, url) : problem(404, 'not-found');
  });
  vi.stubGlobal('fetch', fetchFn);
  return {
    calls,
    usage,
    setBalance: (b: Balance) => (balance = b),
    requests: (method: string, path: string) => calls.filter((c) => c.method === method && c.url.pathname === path),
  };
}

function renderPage(path = '/account') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AccountPage />
    </MemoryRouter>,
  );
}

describe('AccountPage', () => {
  beforeEach(() => localStorage.setItem(SESSION_HINT_KEY, '1'));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the plan, the credits in USD too, and every plan with its limits', async () => {
    fakeServer();
    renderPage();
    const balance = await screen.findByTestId('billing-balance');
    expect(await within(balance).findByTestId('available-credits')).toHaveTextContent('1,000');
    expect(within(balance).getByText('$1.00')).toBeInTheDocument();
    expect(within(balance).getByText('2.5')).toBeInTheDocument();
    expect(within(balance).getByTestId('plan-name')).toHaveTextContent('Free');

    const table = within(balance).getByRole('table', { name: 'Plans' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Plan', 'Generations per minute', 'API requests per day', 'Monthly credits', 'Over the limit', 'Action']);
    const rows = within(table).getAllByTestId('plan-row');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('Current plan');
    expect(rows[2]).toHaveTextContent('Queued');
    expect(within(rows[1]).getByRole('button', { name: 'Switch to Starter' })).toBeInTheDocument();
  });

  it('tells a buyer back from Stripe Checkout whether they paid, and says nothing otherwise', async () => {
    fakeServer();
    const paid = renderPage('/account?checkout=success&session_id=cs_1');
    expect(await screen.findByText(/your payment went through/)).toHaveAttribute('role', 'status');
    paid.unmount();
    const cancelled = renderPage('/account?checkout=cancelled');
    expect(await screen.findByText('Checkout was cancelled: nothing was charged.')).toBeInTheDocument();
    cancelled.unmount();
    renderPage('/account');
    expect(await screen.findByRole('heading', { name: 'Account', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/your payment went through|Checkout was cancelled/)).not.toBeInTheDocument();
  });

  it('says unlimited where a plan has no limit', async () => {
    const server = fakeServer();
    server.setBalance({ plan: PLANS[3], availableCredits: 500000, reservedCredits: 0, availableUsd: 500 });
    renderPage();
    const balance = await screen.findByTestId('billing-balance');
    await within(balance).findByTestId('available-credits');
    // Twice in the summary of the current plan, twice in its row of the table.
    expect(within(balance).getAllByText('Unlimited')).toHaveLength(4);
    const enterprise = within(balance).getAllByTestId('plan-row')[3];
    expect(within(enterprise).getAllByText('Unlimited')).toHaveLength(2);
  });

  it('explains kindly that payments are not set up when the server has no Stripe', async () => {
    const server = fakeServer({
      'POST /api/v1/credits/purchase': () => problem(503, 'payments-not-configured', 'No Stripe secret key'),
    });
    const go = vi.spyOn(browser, 'go').mockImplementation(() => undefined);
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Buy $10.00 of credits' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Payments are not set up on this server');
    expect(server.requests('POST', '/api/v1/credits/purchase')[0].body).toEqual({ pack: 'credits-10' });
    expect(go).not.toHaveBeenCalled();
  });

  it('sends the browser to Stripe Checkout, and shows a rate limit or a conflict plainly', async () => {
    let answer = 0;
    const server = fakeServer({
      'POST /api/v1/credits/purchase': () =>
        [
          problem(429, 'rate-limited'),
          problem(409, 'plan-active', 'You are already on this plan.'),
          json(201, {
            checkout_url: 'https://checkout.stripe.com/c/pay/cs_1',
            session_id: 'cs_1',
            expires_at: '2026-11-23T00:00:00Z',
          }),
        ][answer++],
    });
    const go = vi.spyOn(browser, 'go').mockImplementation(() => undefined);
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Buy $25.00 of credits' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please try again later');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to Pro' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('You are already on this plan.'));
    fireEvent.click(screen.getByRole('button', { name: 'Buy $100.00 of credits' }));
    await waitFor(() => expect(go).toHaveBeenCalledWith('https://checkout.stripe.com/c/pay/cs_1'));
    expect(server.requests('POST', '/api/v1/credits/purchase').map((c) => c.body)).toEqual([
      { pack: 'credits-25' },
      { plan: 'pro' },
      { pack: 'credits-100' },
    ]);
  });

  it('tabulates usage per day, provider and model, with totals, or says there is none', async () => {
    const server = fakeServer();
    server.usage.push(
      {
        day: '2026-11-20',
        provider: 'openai',
        model: 'gpt-4o-mini',
        calls: 2,
        inputTokens: 1000,
        outputTokens: 500,
        estimatedCalls: 0,
        costUsd: 0.0012,
        credits: 1.2,
      },
      {
        day: '2026-11-21',
        provider: 'anthropic',
        model: 'claude-haiku',
        calls: 3,
        inputTokens: 2000,
        outputTokens: 1500,
        estimatedCalls: 1,
        costUsd: 0.0188,
        credits: 18.8,
      },
    );
    renderPage();
    const usage = await screen.findByTestId('billing-usage');
    const table = await within(usage).findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Day', 'Provider', 'Model', 'Calls', 'Input tokens', 'Output tokens', 'Cost (USD)', 'Credits']);
    const total = within(table).getByTestId('usage-total');
    expect(total).toHaveTextContent('Total');
    expect(total).toHaveTextContent('5');
    expect(total).toHaveTextContent('3,000');
    expect(total).toHaveTextContent('2,000');
    expect(total).toHaveTextContent('$0.02');
    expect(total).toHaveTextContent('20');
    expect(within(table).getByText('(1 estimated)')).toBeInTheDocument();
  });

  it('shows an empty state when nothing was used', async () => {
    fakeServer();
    renderPage();
    const usage = await screen.findByTestId('billing-usage');
    expect(await within(usage).findByText('No usage yet')).toBeInTheDocument();
    expect(within(usage).queryByRole('table')).not.toBeInTheDocument();
  });

  it('loads older ledger entries with before= the last id', async () => {
    const server = fakeServer({
      'GET /api/v1/billing/ledger': (_init, url) =>
        url.searchParams.get('before') === 'e2'
          ? json(200, { items: [entry('e3', 'grant', 1000, 'Sign-up grant')], nextBefore: null })
          : json(200, {
              items: [entry('e1', 'settlement', -1.5, 'Generation g1'), entry('e2', 'reservation', -3, 'Hold')],
              nextBefore: 'e2',
            }),
    });
    renderPage();
    const ledger = await screen.findByTestId('billing-ledger');
    expect(await within(ledger).findAllByTestId('ledger-row')).toHaveLength(2);
    expect(within(ledger).getByText('Settlement')).toBeInTheDocument();
    expect(within(ledger).getByText('-1.5')).toBeInTheDocument();
    fireEvent.click(within(ledger).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(ledger).getAllByTestId('ledger-row')).toHaveLength(3));
    expect(within(ledger).getByText('+1,000')).toBeInTheDocument();
    expect(within(ledger).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const requests = server.requests('GET', '/api/v1/billing/ledger');
    expect(requests.map((r) => r.url.search)).toEqual(['?limit=20', '?limit=20&before=e2']);
  });

  it('shows cache statistics and turns similar-prompt answers on with a PUT', async () => {
    const server = fakeServer();
    renderPage();
    const cache = await screen.findByTestId('cache-stats');
    expect(await within(cache).findByTestId('cache-hitRate')).toHaveTextContent('75%');
    expect(within(cache).getByTestId('cache-hits')).toHaveTextContent('3');
    expect(within(cache).getByTestId('cache-misses')).toHaveTextContent('1');
    const toggle = within(cache).getByRole('switch', { name: 'Answer similar prompts from the cache' });
    expect(toggle).toBe(within(cache).getByTestId('cache-similar-toggle'));
    expect(toggle).not.toBeChecked();
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(server.requests('PUT', '/api/v1/cache/settings').map((r) => r.body)).toEqual([
      { similar_prompts: true, similarity_threshold: null },
    ]);
    expect(server.requests('GET', '/api/v1/cache/stats')[0].url.search).toBe('?days=30');
  });

  it('clears the cache only after confirmation and says how many answers went', async () => {
    const server = fakeServer();
    renderPage();
    const cache = await screen.findByTestId('cache-stats');
    await within(cache).findByTestId('cache-hits');
    fireEvent.click(within(cache).getByRole('button', { name: 'Clear cache' }));
    const dialog = screen.getByRole('dialog', { name: 'Clear the response cache?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(server.requests('DELETE', '/api/v1/cache')).toHaveLength(0);
    fireEvent.click(within(cache).getByRole('button', { name: 'Clear cache' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Clear cache' }));
    expect(await within(cache).findByTestId('cache-cleared')).toHaveTextContent('Cleared 4 cached answers.');
    expect(server.requests('DELETE', '/api/v1/cache')).toHaveLength(1);
  });
});
