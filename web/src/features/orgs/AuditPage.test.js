import { jsx as _jsx } from "react/jsx-runtime";
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../../test/fakeApi';
vi.mock('../../shared/auth/session', () => ({
    useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));
const { AuditPage } = await import('./AuditPage');
const entry = (id, action) => ({
    id,
    occurredAt: '2026-12-04T05:00:00Z',
    actor: { userId: 'u1', email: 'ana@acme.test' },
    action,
    targetType: 'user',
    targetId: 'u2',
    details: { from: 'member', to: 'admin' },
    clientAddress: '203.0.113.9',
    requestId: 'r1',
});
/** 60 entries, answered page by page as the API would. */
function server() {
    return fakeApi({
        'GET /api/v1/orgs/acme/audit': ({ url }) => {
            const page = Number(url.searchParams.get('page'));
            const size = Number(url.searchParams.get('size'));
            const items = Array.from({ length: Math.max(0, Math.min(size, 60 - page * size)) }, (_, i) => entry(page * size + i + 1, i === 0 ? 'org.renamed' : 'member.role_changed'));
            return json(200, { items, page, size, totalItems: 60 });
        },
    });
}
function renderPage() {
    return render(_jsx(MemoryRouter, { initialEntries: ['/orgs/acme/audit'], children: _jsx(Routes, { children: _jsx(Route, { path: "/orgs/:org/audit", element: _jsx(AuditPage, {}) }) }) }));
}
const params = (call) => Object.fromEntries(call.url.searchParams);
describe('AuditPage', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('shows the newest entries with who, what, on what and from where', async () => {
        const api = server();
        renderPage();
        const rows = await screen.findAllByTestId('audit-row');
        expect(rows).toHaveLength(25);
        expect(within(rows[1]).getByText('ana@acme.test')).toBeInTheDocument();
        expect(within(rows[1]).getByText('member.role_changed')).toBeInTheDocument();
        expect(within(rows[1]).getByText('user u2')).toBeInTheDocument();
        expect(within(rows[1]).getByText('member → admin')).toBeInTheDocument();
        expect(within(rows[1]).getByText('203.0.113.9')).toBeInTheDocument();
        expect(within(rows[1]).getByText('203.0.113.9')).toHaveAttribute('data-label', 'Client address');
        expect(screen.getByRole('table', { name: 'Audit log entries, newest first' })).toBeInTheDocument();
        expect(params(api.requests('GET', '/api/v1/orgs/acme/audit')[0])).toEqual({ page: '0', size: '25' });
    });
    it('sends the filters as query parameters and pages through the results', async () => {
        const api = server();
        renderPage();
        await screen.findAllByTestId('audit-row');
        const filters = screen.getByRole('form', { name: 'Filters' });
        fireEvent.change(within(filters).getByLabelText('Actor (email)'), { target: { value: 'ana@acme.test' } });
        fireEvent.change(within(filters).getByLabelText('Action'), { target: { value: 'member.role_changed' } });
        fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2026-12-01' } });
        fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2026-12-03' } });
        fireEvent.click(within(filters).getByRole('button', { name: 'Apply filters' }));
        const filtered = {
            actor: 'ana@acme.test',
            action: 'member.role_changed',
            from: new Date('2026-12-01T00:00:00').toISOString(),
            to: new Date('2026-12-04T00:00:00').toISOString(),
        };
        await waitFor(() => expect(api.requests('GET', '/api/v1/orgs/acme/audit')).toHaveLength(2));
        expect(params(api.requests('GET', '/api/v1/orgs/acme/audit')[1])).toEqual({ ...filtered, page: '0', size: '25' });
        const pages = screen.getByRole('navigation', { name: 'Pages of the audit log' });
        expect(within(pages).getByTestId('audit-range')).toHaveTextContent('1–25 of 60');
        expect(within(pages).getByText('Page 1 of 3')).toBeInTheDocument();
        expect(within(pages).getByRole('button', { name: 'Previous' })).toBeDisabled();
        fireEvent.click(within(pages).getByRole('button', { name: 'Next' }));
        await waitFor(() => expect(within(pages).getByTestId('audit-range')).toHaveTextContent('26–50 of 60'));
        expect(params(api.requests('GET', '/api/v1/orgs/acme/audit')[2])).toEqual({ ...filtered, page: '1', size: '25' });
        fireEvent.click(within(pages).getByRole('button', { name: 'Next' }));
        await waitFor(() => expect(within(pages).getByText('Page 3 of 3')).toBeInTheDocument());
        expect(screen.getAllByTestId('audit-row')).toHaveLength(10);
        expect(within(pages).getByRole('button', { name: 'Next' })).toBeDisabled();
        // The filters stay as they were applied.
        const applied = screen.getByRole('form', { name: 'Filters' });
        expect(within(applied).getByLabelText('Actor (email)')).toHaveValue('ana@acme.test');
        expect(within(applied).getByLabelText('To')).toHaveValue('2026-12-03');
        fireEvent.click(within(applied).getByRole('button', { name: 'Clear filters' }));
        await waitFor(() => expect(api.requests('GET', '/api/v1/orgs/acme/audit')).toHaveLength(5));
        expect(params(api.requests('GET', '/api/v1/orgs/acme/audit')[4])).toEqual({ page: '0', size: '25' });
    });
    it('tells a member that the audit log is for admins', async () => {
        fakeApi({
            'GET /api/v1/orgs/acme/audit': () => problem(403, 'forbidden-role', 'This needs the role admin.'),
        });
        renderPage();
        expect(await screen.findByRole('alert')).toHaveTextContent('Only admins and owners can read the audit log.');
        expect(screen.queryByRole('table')).not.toBeInTheDocument();
    });
});
