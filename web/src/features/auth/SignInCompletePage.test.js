import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../../test/fakeApi';
const session = vi.hoisted(() => ({ adoptServerSession: vi.fn(async () => { }), completeSecondFactor: vi.fn() }));
vi.mock('../../shared/auth/session', () => ({
    useSession: () => ({
        status: 'signed-out',
        user: null,
        expired: false,
        adoptServerSession: session.adoptServerSession,
        completeSecondFactor: session.completeSecondFactor,
    }),
}));
const { SignInCompletePage } = await import('./SignInCompletePage');
const { readCompletion } = await import('./signInFragment');
function arriveWith(fragment) {
    window.history.replaceState(null, '', `/signin/complete#${fragment}`);
    return render(_jsx(MemoryRouter, { initialEntries: ['/signin/complete'], children: _jsxs(Routes, { children: [_jsx(Route, { path: "/signin/complete", element: _jsx(SignInCompletePage, {}) }), _jsx(Route, { path: "/signin", element: _jsx("p", { children: "Sign-in page" }) }), _jsx(Route, { path: "/projects/:id", element: _jsx("p", { children: "Project page" }) })] }) }));
}
describe('SignInCompletePage', () => {
    beforeEach(() => {
        session.adoptServerSession.mockClear();
    });
    afterEach(() => {
        vi.unstubAllGlobals();
    });
    it('adopts the session the server started and goes where the sign-in began', async () => {
        arriveWith('next=%2Fprojects%2Fp-1');
        expect(await screen.findByText('Project page')).toBeInTheDocument();
        expect(session.adoptServerSession).toHaveBeenCalledTimes(1);
        // The fragment is gone from the address bar: a reload cannot replay it.
        expect(window.location.hash).toBe('');
    });
    it('explains an error in words and leads back to sign-in', async () => {
        arriveWith('error=email-unverified');
        expect(await screen.findByRole('alert')).toHaveTextContent('has not verified this email address');
        await userEvent.click(screen.getByRole('link', { name: 'Back to sign in' }));
        expect(screen.getByText('Sign-in page')).toBeInTheDocument();
        expect(session.adoptServerSession).not.toHaveBeenCalled();
    });
    it('asks for the second factor when the account has one', async () => {
        arriveWith('mfa=challenge-1&methods=totp,recovery_code&next=%2Fprojects%2Fp-2');
        expect(await screen.findByRole('textbox')).toHaveAttribute('autocomplete', 'one-time-code');
    });
    it('links the provider with the existing account password, refusing a wrong one', async () => {
        const server = fakeApi({
            'POST /api/v1/auth/oauth2/link': (call) => call.body.password === 'right password 123'
                ? json(200, { accessToken: 'access', expiresIn: 900, tokenType: 'Bearer' })
                : problem(401, 'invalid-password', 'The password is wrong'),
        });
        arriveWith('link=ticket-1&provider=github&email=ana%40acme.test&next=%2Fprojects%2Fp-3');
        expect(await screen.findByRole('heading', { name: 'Link your GitHub account' })).toBeInTheDocument();
        expect(screen.getByText(/An account with ana@acme.test already exists/)).toBeInTheDocument();
        const password = screen.getByLabelText('Password of your Vectort account');
        await userEvent.type(password, 'wrong');
        await userEvent.click(screen.getByRole('button', { name: 'Link and sign in' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('The password is wrong.');
        await userEvent.clear(password);
        await userEvent.type(password, 'right password 123');
        await userEvent.click(screen.getByRole('button', { name: 'Link and sign in' }));
        expect(await screen.findByText('Project page')).toBeInTheDocument();
        const sent = server.requests('POST', '/api/v1/auth/oauth2/link');
        expect(sent.at(-1)?.body).toEqual({ ticket: 'ticket-1', password: 'right password 123' });
        expect(sent.at(-1)?.headers.get('X-Requested-With')).toBe('vectort');
    });
    it('offers the providers an account without a password can prove itself with', async () => {
        fakeApi({
            'GET /api/v1/auth/providers': () => json(200, [
                { id: 'github', name: 'GitHub' },
                { id: 'oidc', name: 'Acme SSO' },
            ]),
        });
        arriveWith('link=ticket-9&provider=oidc&email=ana%40acme.test&password=0&via=github&next=%2Fprojects');
        const confirm = await screen.findByRole('link', { name: 'Confirm with GitHub' });
        expect(confirm).toHaveAttribute('href', '/api/v1/auth/oauth2/start/github?next=%2Fprojects&link=ticket-9');
        expect(screen.queryByRole('link', { name: /Acme SSO/ })).not.toBeInTheDocument();
        expect(screen.queryByLabelText('Password of your Vectort account')).not.toBeInTheDocument();
        expect(screen.getByText(/signing in with a provider it already uses/)).toBeInTheDocument();
    });
});
describe('readCompletion', () => {
    it('never lets next leave the app', () => {
        expect(readCompletion('#next=https%3A%2F%2Fevil.example')).toEqual({ kind: 'signed-in', next: '/projects' });
        expect(readCompletion('#next=%2F%2Fevil.example')).toEqual({ kind: 'signed-in', next: '/projects' });
    });
    it('treats an empty or unknown fragment as an expired sign-in', () => {
        expect(readCompletion('')).toEqual({ kind: 'error', code: 'invalid-state' });
    });
});
