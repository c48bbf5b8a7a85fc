import { jsx as _jsx } from "react/jsx-runtime";
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../../shared/ui/Toasts';
import { assistantServer } from '../testServer';
import { smsProblem, smsServer, smsState, verifiedPhone } from './smsTestServer';
vi.mock('../../../shared/auth/session', () => ({
    useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));
const { AssistantSettingsPage } = await import('../SettingsPage');
const B = '/api/v1/assistant/sms';
function renderPage() {
    return render(_jsx(MemoryRouter, { initialEntries: ['/assistant/settings'], children: _jsx(ToastProvider, { children: _jsx(AssistantSettingsPage, {}) }) }));
}
function servers(state = smsState()) {
    const assistant = assistantServer();
    assistant.state.settings = {
        timeZone: 'Europe/Paris',
        quietHours: null,
        channels: { inApp: true, email: false, push: true, sms: false, emailAvailable: false, emailVerified: false },
        checkIns: { morningPlanAt: null, eveningCheckInAt: null },
    };
    return { ...assistant, sms: smsServer(assistant.api, state) };
}
const section = () => screen.getByTestId('sms-settings');
const shownState = () => within(section()).getByTestId('sms-state');
const click = async (element) => {
    await act(async () => {
        fireEvent.click(element);
    });
};
describe('Settings: text messages', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('verifies a national number read in the chosen country: a wrong code tells the tries left, the right one enables the sms channel', async () => {
        const { api, sms } = servers();
        renderPage();
        expect(await within(await screen.findByTestId('sms-settings')).findByTestId('sms-state')).toHaveTextContent('No phone yet.');
        const smsChoice = await screen.findByRole('checkbox', { name: 'By text message (SMS)' });
        expect(smsChoice).toBeDisabled();
        expect(screen.getByText('Add and verify your phone under “Text messages (SMS)” first.')).toBeInTheDocument();
        fireEvent.change(within(section()).getByLabelText('Country'), { target: { value: 'FR' } });
        fireEvent.change(screen.getByTestId('sms-phone-input'), { target: { value: '06 12 34 56 78' } });
        await click(screen.getByTestId('sms-send-code'));
        expect(await screen.findByText('We texted a code to +33612345678.')).toBeInTheDocument();
        expect(api.requests('POST', `${B}/phone`)[0].body).toEqual({ number: '06 12 34 56 78', country: 'FR' });
        const code = screen.getByTestId('sms-code-input');
        expect(code).toHaveAttribute('autocomplete', 'one-time-code');
        expect(code).toHaveAttribute('inputmode', 'numeric');
        expect(code).toHaveFocus();
        fireEvent.change(code, { target: { value: '000000' } });
        await click(screen.getByTestId('sms-verify'));
        expect(await screen.findByText('This code is not right. 2 tries left.')).toBeInTheDocument();
        expect(code).toHaveAttribute('aria-invalid', 'true');
        fireEvent.change(code, { target: { value: '123 456' } });
        await click(screen.getByTestId('sms-verify'));
        await waitFor(() => expect(shownState()).toHaveTextContent('Verified: +33612345678'));
        expect(api.requests('POST', `${B}/phone/verify`).map((c) => c.body)).toEqual([{ code: '000000' }, { code: '123456' }]);
        expect(await screen.findByText('Phone verified.')).toBeInTheDocument();
        expect(sms.state.phone?.verified).toBe(true);
        // The channel above waits for the phone verified below, without a reload.
        expect(smsChoice).toBeEnabled();
        expect(screen.getByText('Short texts to +33612345678.')).toBeInTheDocument();
        fireEvent.click(smsChoice);
        await click(screen.getByRole('button', { name: 'Save choices' }));
        await screen.findByText('Settings saved.');
        const put = api.requests('PUT', '/api/v1/assistant/settings')[0].body;
        expect(put.channels).toEqual({ email: false, push: true, sms: true });
    });
    it('tells each refusal of a number: not a mobile number (at the field), too many codes (with the wait), taken', async () => {
        const { api } = servers();
        renderPage();
        const input = await screen.findByTestId('sms-phone-input');
        fireEvent.change(input, { target: { value: '12' } });
        await click(screen.getByTestId('sms-send-code'));
        expect(await screen.findByText('This is not a mobile number we can text. Check it, or write it with its country code (+33…).')).toBeInTheDocument();
        expect(input).toHaveAttribute('aria-invalid', 'true');
        api.on(`POST ${B}/phone`, () => smsProblem(429, 'too-many-codes', 'slow down', { retryAfter: 120 }));
        fireEvent.change(input, { target: { value: '+33612345678' } });
        await click(screen.getByTestId('sms-send-code'));
        expect(await screen.findByRole('alert')).toHaveTextContent('Too many codes asked for. Try again in 2 minutes.');
        expect(input).not.toHaveAttribute('aria-invalid');
        api.on(`POST ${B}/phone`, () => smsProblem(409, 'number-taken', 'taken'));
        await click(screen.getByTestId('sms-send-code'));
        expect(await screen.findByRole('alert')).toHaveTextContent('This number is already verified by another account.');
        expect(shownState()).toHaveTextContent('No phone yet.');
    });
    it('says a code expired or not pending, sends a new one, and lets another number be used', async () => {
        const pending = { number: '+33612345678', verified: false, optedOut: false, codeExpiresAt: '2026-12-04T14:10:00Z' };
        const { api } = servers(smsState({ phone: pending }));
        renderPage();
        const code = await screen.findByTestId('sms-code-input');
        expect(shownState()).toHaveTextContent('We texted a code to +33612345678.');
        // Opening the page does not pull focus down to the code: only sending one does.
        expect(code).not.toHaveFocus();
        api.on(`POST ${B}/phone/verify`, () => smsProblem(400, 'code-expired', 'expired'));
        fireEvent.change(code, { target: { value: '123456' } });
        await click(screen.getByTestId('sms-verify'));
        expect(await screen.findByText('This code has expired. Send a new one.')).toBeInTheDocument();
        api.on(`POST ${B}/phone/verify`, () => smsProblem(409, 'no-pending-code', 'none'));
        await click(screen.getByTestId('sms-verify'));
        expect(await screen.findByText('No code is waiting. Send a new one.')).toBeInTheDocument();
        await click(screen.getByRole('button', { name: 'Send a new code' }));
        expect(await screen.findByText('New code sent.')).toBeInTheDocument();
        expect(api.requests('POST', `${B}/phone`)[0].body.number).toBe('+33612345678');
        expect(screen.getByTestId('sms-code-input')).toHaveValue('');
        fireEvent.click(screen.getByRole('button', { name: 'Use another number' }));
        expect(shownState()).toHaveTextContent('A code is waiting for +33612345678. Enter another number below, or cancel.');
        fireEvent.click(within(section()).getByRole('button', { name: 'Cancel' }));
        expect(screen.getByTestId('sms-code-input')).toBeInTheDocument();
    });
    it('shows a phone that replied STOP, the number to text, this month’s usage against the budget, and removes the phone', async () => {
        const { api } = servers(smsState({
            mode: 'twilio',
            enabled: true,
            phone: { ...verifiedPhone(), optedOut: true },
            assistantNumber: '+15005550006',
            usage: { month: '2026-12', segmentsSent: 12, segmentsReceived: 5, costUsd: '0.0948', segmentBudget: 300 },
        }));
        renderPage();
        await waitFor(() => expect(shownState()).toHaveTextContent('Verified: +33612345678'));
        expect(screen.getByTestId('sms-opted-out')).toHaveTextContent('You replied STOP, so no texts are sent. Text START to +15005550006 to get them again.');
        expect(screen.getByTestId('sms-assistant-number')).toHaveAttribute('href', 'sms:+15005550006');
        expect(screen.queryByTestId('sms-simulator-note')).not.toBeInTheDocument();
        expect(screen.getByText('You replied STOP: text START to the Assistant to get texts again.')).toBeInTheDocument();
        const usage = screen.getByTestId('sms-usage');
        expect(within(usage).getByRole('heading')).toHaveTextContent('This month (December 2026)');
        expect([...usage.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['12', '5', '$0.0948']);
        const bar = within(usage).getByRole('progressbar', { name: 'Texts sent this month, of the monthly limit' });
        expect(bar).toHaveAttribute('aria-valuenow', '12');
        expect(bar).toHaveAttribute('aria-valuemax', '300');
        expect(within(usage).getByText('12 of 300 texts this month.')).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: 'Remove this phone' }));
        const dialog = await screen.findByRole('dialog');
        expect(dialog).toHaveTextContent('Texts stop at once.');
        await click(within(dialog).getByRole('button', { name: 'Remove' }));
        await waitFor(() => expect(shownState()).toHaveTextContent('No phone yet.'));
        expect(api.requests('DELETE', `${B}/phone`)).toHaveLength(1);
    });
    it('gets and gives back an own number in dedicated routing, and says when none is free', async () => {
        const { api } = servers(smsState({ mode: 'twilio', routing: 'dedicated', phone: verifiedPhone() }));
        renderPage();
        const own = await screen.findByTestId('sms-own-number');
        api.on(`POST ${B}/number`, () => smsProblem(503, 'no-numbers-available', 'none'));
        await click(within(own).getByRole('button', { name: 'Get my own number' }));
        expect(await within(own).findByRole('alert')).toHaveTextContent('No number is free right now. Please try again later.');
        api.on(`POST ${B}/number`, () => smsProblem(409, 'number-budget-reached', 'budget'));
        await click(within(own).getByRole('button', { name: 'Get my own number' }));
        expect(await within(own).findByRole('alert')).toHaveTextContent('No more own numbers can be given out right now.');
        // The contract's own routes again: the number is given.
        smsServer(api, smsState({ mode: 'twilio', routing: 'dedicated', phone: verifiedPhone() }));
        await click(within(own).getByRole('button', { name: 'Get my own number' }));
        expect(await within(own).findByText(/Your number is \+15551234567/)).toBeInTheDocument();
        expect(screen.getByTestId('sms-assistant-number')).toHaveTextContent('+15551234567');
        fireEvent.click(within(own).getByRole('button', { name: 'Give the number back' }));
        const dialog = await screen.findByRole('dialog');
        expect(dialog).toHaveTextContent('The Assistant stops using +15551234567 at once.');
        await click(within(dialog).getByRole('button', { name: 'Give the number back' }));
        expect(await within(own).findByRole('button', { name: 'Get my own number' })).toBeEnabled();
        expect(api.requests('DELETE', `${B}/number`)).toHaveLength(1);
    });
    it('asks for a verified phone before an own number', async () => {
        servers(smsState({ routing: 'dedicated' }));
        renderPage();
        const own = await screen.findByTestId('sms-own-number');
        expect(within(own).getByRole('button', { name: 'Get my own number' })).toBeDisabled();
        expect(within(own).getByText('Verify your phone first.')).toBeInTheDocument();
    });
    it('in simulator mode, says messages go to the simulator and links to it', async () => {
        servers(smsState({ mode: 'simulator' }));
        renderPage();
        const note = await screen.findByTestId('sms-simulator-note');
        expect(note).toHaveTextContent('No SMS provider is configured: messages go to the simulator.');
        expect(within(note).getByRole('link', { name: 'Open the SMS simulator' })).toHaveAttribute('href', '/assistant/sms');
    });
    it('without SMS on the server, says so, offers no sms channel and leaves it out of the save', async () => {
        const { api } = assistantServer();
        renderPage();
        expect(await screen.findByText('Text messages are not available on this server.')).toBeInTheDocument();
        expect(screen.queryByRole('checkbox', { name: 'By text message (SMS)' })).not.toBeInTheDocument();
        await click(screen.getByRole('button', { name: 'Save choices' }));
        await screen.findByText('Settings saved.');
        const put = api.requests('PUT', '/api/v1/assistant/settings')[0].body;
        expect(Object.keys(put.channels)).toEqual(['email', 'push']);
    });
});
