import { jsx as _jsx } from "react/jsx-runtime";
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepUpProvider } from '../../shared/auth/StepUp';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
const session = vi.hoisted(() => ({ user: { id: 'u1', email: 'ana@acme.test', emailVerified: false } }));
vi.mock('../../shared/auth/session', () => ({
    useSession: () => ({ status: 'signed-in', user: session.user }),
}));
const { EmailSection } = await import('./EmailSection');
function renderSection() {
    return render(_jsx(StepUpProvider, { children: _jsx(EmailSection, {}) }));
}
describe('Email address', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('says the address is not confirmed and sends the link again', async () => {
        const api = fakeApi({ 'POST /api/v1/me/email-verification': () => noContent() });
        renderSection();
        expect(screen.getByText('ana@acme.test')).toBeInTheDocument();
        expect(screen.getByText('not confirmed yet')).toBeInTheDocument();
        await act(async () => {
            fireEvent.click(screen.getByRole('button', { name: 'Send the confirmation link again' }));
        });
        expect(await screen.findByRole('status')).toHaveTextContent('A new link is on its way.');
        expect(api.requests('POST', '/api/v1/me/email-verification')).toHaveLength(1);
    });
    it('sends a link to the new address, and shows why the same address is refused', async () => {
        const api = fakeApi({
            'PUT /api/v1/me/email': (call) => call.body.email === 'ana@acme.test'
                ? problem(409, 'same-email')
                : json(202, { pendingEmail: call.body.email }),
        });
        renderSection();
        const field = screen.getByLabelText(/^New email address/);
        const submit = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Change email address' })));
        fireEvent.change(field, { target: { value: 'ana@acme.test' } });
        await submit();
        expect(await screen.findByRole('alert')).toHaveTextContent('This is already your email address.');
        fireEvent.change(field, { target: { value: ' ana@new.test ' } });
        await submit();
        expect(await screen.findByRole('status')).toHaveTextContent('We sent a link to ana@new.test.');
        expect(api.requests('PUT', '/api/v1/me/email').at(-1)?.body).toEqual({ email: 'ana@new.test' });
        expect(field).toHaveValue('');
    });
});
