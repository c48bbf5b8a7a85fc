import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../../shared/ui/Toasts';
import { assistantServer } from '../testServer';
import { smsMessage, smsProblem, smsServer, smsState, verifiedPhone } from './smsTestServer';

vi.mock('../../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));

const { SmsPage } = await import('./SmsPage');

const B = '/api/v1/assistant/sms';
/** Fast polling, so that a test sees several polls in a fraction of a second. */
const POLL_MS = 40;

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/assistant/sms']}>
      <ToastProvider>
        <SmsPage pollMs={POLL_MS} />
      </ToastProvider>
    </MemoryRouter>,
  );
}

function servers(state = smsState()) {
  const assistant = assistantServer();
  return { api: assistant.api, sms: smsServer(assistant.api, state) };
}

const bubbles = () =>
  screen.getAllByTestId('sms-message').map((m) => ({
    direction: m.dataset.direction,
    status: m.dataset.status,
    text: m.querySelector('p')?.textContent,
  }));

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('SMS page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, 'hidden');
  });

  it('simulator: Enter sends the text, shown on the right, and the poll brings the Assistant’s answer on the left', async () => {
    const { api, sms } = servers(smsState({ mode: 'simulator', phone: verifiedPhone() }));
    sms.answer = () => null;
    renderPage();
    expect(await screen.findByRole('heading', { name: 'SMS simulator' })).toBeInTheDocument();
    const frame = screen.getByTestId('sms-phone-frame');
    expect(await within(frame).findByText('No texts yet. Try: “Remind me to call mum in 5 min”.')).toBeInTheDocument();
    expect(screen.getByTestId('sms-composer-input')).toHaveAttribute('placeholder', 'Text message');

    const input = screen.getByTestId('sms-composer-input');
    fireEvent.change(input, { target: { value: 'remind me to call mum\nin 5 min' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(api.requests('POST', `${B}/simulator/inbound`)).toHaveLength(0);
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });

    expect(await within(frame).findByText(/remind me to call mum/)).toBeInTheDocument();
    expect(api.requests('POST', `${B}/simulator/inbound`)[0].body).toEqual({ body: 'remind me to call mum\nin 5 min' });
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.getByTestId('sms-waiting')).toHaveTextContent('The Assistant is answering…');

    // The answer comes later, by itself: only the poll can bring it.
    sms.messages.push(smsMessage('outbound', 'OK: call mum at 14:05.', { status: 'sent' }));
    expect(await within(frame).findByText('OK: call mum at 14:05.')).toBeInTheDocument();
    expect(bubbles()).toEqual([
      { direction: 'inbound', status: 'received', text: 'remind me to call mum\nin 5 min' },
      { direction: 'outbound', status: 'sent', text: 'OK: call mum at 14:05.' },
    ]);
    expect(screen.queryByTestId('sms-waiting')).not.toBeInTheDocument();
  });

  it('shows under the Assistant’s texts whether they were sent, delivered, failed or blocked, and their parts', async () => {
    const { sms } = servers(smsState({ mode: 'twilio', phone: verifiedPhone(), assistantNumber: '+15005550006' }));
    sms.messages = [
      smsMessage('inbound', 'what now?', { segments: 1 }),
      smsMessage('outbound', 'queued one', { status: 'queued' }),
      smsMessage('outbound', 'sent one', { status: 'sent' }),
      smsMessage('outbound', 'delivered one', { status: 'delivered', segments: 2, encoding: 'UCS-2' }),
      smsMessage('outbound', 'failed one', { status: 'failed', errorCode: '30007' }),
      smsMessage('outbound', 'undelivered one', { status: 'undelivered', errorCode: '30005' }),
      smsMessage('outbound', 'blocked one', { status: 'blocked' }),
    ];
    renderPage();
    await screen.findByText('blocked one');
    const messages = screen.getAllByTestId('sms-message');
    const delivery = messages.map((m) => within(m).queryByTestId('sms-delivery')?.textContent ?? null);
    expect(delivery).toEqual([
      null,
      '… sending',
      '✓ sent',
      '✓✓ delivered',
      '✗ failed (30007)',
      '✗ not delivered (30005)',
      '⊘ not sent (blocked)',
    ]);
    expect(messages[3]).toHaveTextContent('2 SMS');
    expect(messages.map((m) => m.dataset.status)).toEqual([
      'received',
      'queued',
      'sent',
      'delivered',
      'failed',
      'undelivered',
      'blocked',
    ]);
  });

  it('keeps the newest text in view', async () => {
    const { sms } = servers(smsState({ phone: verifiedPhone() }));
    sms.messages = [smsMessage('inbound', 'first')];
    const height = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(900);
    try {
      renderPage();
      await screen.findByText('first');
      const log = screen.getByRole('log', { name: 'Texts' });
      expect(log.scrollTop).toBe(900);
      log.scrollTop = 0;
      sms.messages.push(smsMessage('outbound', 'second'));
      await screen.findByText('second');
      expect(log.scrollTop).toBe(900);
    } finally {
      height.mockRestore();
    }
  });

  it('simulator: the composer waits for a verified phone and says where to verify it', async () => {
    const { api } = servers(smsState({ mode: 'simulator', phone: { ...verifiedPhone(), verified: false, codeExpiresAt: null } }));
    renderPage();
    const input = await screen.findByTestId('sms-composer-input');
    expect(input).toBeDisabled();
    expect(screen.getByTestId('sms-send')).toBeDisabled();
    const why = screen.getByTestId('sms-composer-disabled');
    expect(why).toHaveTextContent('Verify your phone first: the simulator texts as if from it.');
    expect(within(why).getByRole('link', { name: 'Go to settings' })).toHaveAttribute('href', '/assistant/settings');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(api.requests('POST', `${B}/simulator/inbound`)).toHaveLength(0);
  });

  it('tells a refused simulated text, and keeps what was typed', async () => {
    const { api } = servers(smsState({ mode: 'simulator', phone: verifiedPhone() }));
    api.on(`POST ${B}/simulator/inbound`, () => smsProblem(409, 'not-simulator', 'off'));
    renderPage();
    const input = await screen.findByTestId('sms-composer-input');
    fireEvent.change(input, { target: { value: 'hello' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('sms-send'));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The simulator is off: a real SMS provider is configured. Text from your phone.',
    );
    expect(input).toHaveValue('hello');
  });

  it('with a real provider: a read-only history titled with the number to text', async () => {
    const { sms } = servers(smsState({ mode: 'twilio', phone: verifiedPhone(), assistantNumber: '+15005550006' }));
    sms.messages = [smsMessage('inbound', 'done with laundry')];
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Text +15005550006 from your phone' })).toBeInTheDocument();
    expect(await screen.findByText('done with laundry')).toBeInTheDocument();
    expect(screen.queryByTestId('sms-composer-input')).not.toBeInTheDocument();
    expect(screen.getByText('Write from your phone: this page shows your texts.')).toBeInTheDocument();
  });

  it('without a phone: a short explainer and the way to settings', async () => {
    servers(smsState({ mode: 'twilio', assistantNumber: '+15005550006' }));
    renderPage();
    const explainer = await screen.findByTestId('sms-no-phone');
    expect(explainer).toHaveTextContent('Add your mobile number in the settings');
    expect(within(explainer).getByRole('link', { name: 'Go to settings' })).toHaveAttribute('href', '/assistant/settings');
    expect(screen.getByRole('heading', { level: 2, name: 'Text messages' })).toBeInTheDocument();
  });

  it('stops polling while the tab is hidden and looks again as soon as it is shown', async () => {
    const { api, sms } = servers(smsState({ phone: verifiedPhone() }));
    renderPage();
    const polls = () => api.requests('GET', `${B}/messages`).length;
    await waitFor(() => expect(polls()).toBeGreaterThanOrEqual(3));

    setHidden(true);
    // A poll already on its way may still land; none starts after it.
    await new Promise((r) => setTimeout(r, POLL_MS * 2));
    const whileHidden = polls();
    await new Promise((r) => setTimeout(r, POLL_MS * 6));
    expect(polls()).toBe(whileHidden);

    sms.messages.push(smsMessage('outbound', 'welcome back'));
    setHidden(false);
    expect(await screen.findByText('welcome back')).toBeInTheDocument();
    await waitFor(() => expect(polls()).toBeGreaterThan(whileHidden + 1));
  });

  it('reads the state again when a text arrives: a STOP shows at once', async () => {
    const { sms } = servers(smsState({ mode: 'simulator', phone: verifiedPhone(), assistantNumber: '+15005550006' }));
    renderPage();
    await screen.findByText(/^No texts yet\./);
    sms.state = { ...sms.state, phone: { ...verifiedPhone(), optedOut: true } };
    sms.messages.push(smsMessage('inbound', 'STOP'));
    expect(await screen.findByText(/You replied STOP, so no texts are sent/)).toBeInTheDocument();
  });

  it('says when the server has no SMS', async () => {
    assistantServer();
    renderPage();
    expect(await screen.findByText('Text messages are not available on this server.')).toBeInTheDocument();
    expect(screen.queryByTestId('sms-phone-frame')).not.toBeInTheDocument();
  });

  it('is one of the Assistant’s places in its navigation', async () => {
    servers(smsState({ phone: verifiedPhone() }));
    renderPage();
    const nav = await screen.findByRole('navigation', { name: 'Assistant' });
    expect(within(nav).getByRole('link', { name: 'Text messages' })).toHaveAttribute('aria-current', 'page');
  });
});
