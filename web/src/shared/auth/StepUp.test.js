import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
import { api as client } from '../api/endpoints';
import { isStepUpCancelled, StepUpProvider, useStepUp } from './StepUp';
/** A sensitive action behind step-up; shows what came of it. */
function Sensitive({ path }) {
    const { stepUp } = useStepUp();
    const [outcome, setOutcome] = useState('');
    const run = () => stepUp(() => client.post(path))
        .then(() => setOutcome('done'))
        .catch((e) => setOutcome(isStepUpCancelled(e) ? 'cancelled' : `failed: ${e.message}`));
    return (_jsxs(_Fragment, { children: [_jsx("button", { onClick: () => void run(), children: "Do it" }), _jsx("p", { "data-testid": "outcome", children: outcome })] }));
}
function renderWith(path = '/api/v1/keys') {
    return render(_jsx(StepUpProvider, { children: _jsx(Sensitive, { path: path }) }));
}
describe('StepUp', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('proves presence with a code, then retries the action once', async () => {
        let fresh = false;
        const api = fakeApi({
            'POST /api/v1/keys': () => (fresh ? json(200, { ok: true }) : problem(403, 'reauthentication-required')),
            'POST /api/v1/auth/reauthenticate': ({ body }) => {
                const { code } = body;
                if (code === '123456') {
                    fresh = true;
                    return noContent();
                }
                return problem(401, 'invalid-code', 'This code is wrong or was already used');
            },
        });
        renderWith();
        fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
        const dialog = await screen.findByRole('dialog', { name: "Confirm it's you" });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Use a code instead' }));
        const code = within(dialog).getByLabelText('Authenticator or recovery code');
        await waitFor(() => expect(code).toHaveFocus());
        fireEvent.change(code, { target: { value: '654321' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
        expect(await within(dialog).findByRole('alert')).toHaveTextContent('This code is wrong or was already used');
        fireEvent.change(code, { target: { value: '123 456' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
        await waitFor(() => expect(screen.getByTestId('outcome')).toHaveTextContent('done'));
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        expect(api.requests('POST', '/api/v1/auth/reauthenticate').map((c) => c.body)).toEqual([
            { code: '654321' },
            { code: '123456' },
        ]);
        expect(api.requests('POST', '/api/v1/keys')).toHaveLength(2);
    });
    it('rejects with a cancellation when the dialog is closed, and does not retry', async () => {
        const api = fakeApi({ 'POST /api/v1/keys': () => problem(403, 'reauthentication-required') });
        renderWith();
        fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
        const dialog = await screen.findByRole('dialog');
        // Focus moved in: the dialog listens to the keyboard now.
        await waitFor(() => expect(within(dialog).getByLabelText('Password')).toHaveFocus());
        fireEvent.keyDown(document, { key: 'Escape' });
        await waitFor(() => expect(screen.getByTestId('outcome')).toHaveTextContent('cancelled'));
        expect(dialog).not.toBeInTheDocument();
        expect(api.requests('POST', '/api/v1/keys')).toHaveLength(1);
    });
    it('says how long to wait after too many wrong attempts', async () => {
        fakeApi({
            'POST /api/v1/keys': () => problem(403, 'reauthentication-required'),
            'POST /api/v1/auth/reauthenticate': () => new Response(JSON.stringify({ type: 'https://vectort.dev/problems/rate-limited', status: 429 }), {
                status: 429,
                headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '8' },
            }),
        });
        renderWith();
        fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
        const dialog = await screen.findByRole('dialog');
        fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'guess' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
        expect(await within(dialog).findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 8 seconds.');
    });
    it('passes other errors through without asking', async () => {
        fakeApi({ 'POST /api/v1/keys': () => problem(409, 'conflict', 'Nope') });
        renderWith();
        fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
        await waitFor(() => expect(screen.getByTestId('outcome')).toHaveTextContent('failed: Nope'));
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
});
