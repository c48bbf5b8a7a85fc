import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, noContent, problem } from '../../../test/fakeApi';
import { ToastProvider } from '../../../shared/ui/Toasts';
import { base64UrlToBytes } from './browserPush';
import { PushSection } from './PushSection';

const KEY = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
const SUBSCRIPTION_JSON = { endpoint: 'https://push.example.com/abc', expirationTime: null, keys: { p256dh: 'p', auth: 'a' } };

/** A browser with the Push API: a worker registration whose push manager the test controls. */
function fakeBrowser(permission: NotificationPermission = 'default') {
  const notification = { permission, requestPermission: vi.fn() };
  notification.requestPermission.mockImplementation(async () => {
    notification.permission = 'granted';
    return 'granted';
  });
  let current: PushSubscription | null = null;
  const makeSubscription = (): PushSubscription =>
    ({
      options: { applicationServerKey: base64UrlToBytes(KEY).buffer, userVisibleOnly: true },
      toJSON: () => SUBSCRIPTION_JSON,
      unsubscribe: vi.fn(async () => {
        current = null;
        return true;
      }),
    }) as unknown as PushSubscription;
  const pushManager = {
    getSubscription: vi.fn(async () => current),
    subscribe: vi.fn(async () => {
      current = makeSubscription();
      return current;
    }),
  };
  const registration = { pushManager };
  const serviceWorker = {
    register: vi.fn(async () => registration),
    getRegistration: vi.fn(async () => (serviceWorker.register.mock.calls.length > 0 ? registration : undefined)),
    ready: Promise.resolve(registration),
  };
  vi.stubGlobal('Notification', notification);
  vi.stubGlobal('PushManager', function PushManager() {});
  Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true });
  return { notification, pushManager, serviceWorker, current: () => current };
}

function server() {
  return fakeApi({
    'GET /api/v1/assistant/push/public-key': () => json(200, { publicKey: KEY }),
    'POST /api/v1/assistant/push/subscriptions': () =>
      json(201, {
        id: 'dev1',
        host: 'push.example.com',
        userAgent: null,
        createdAt: '2026-12-04T14:00:00Z',
        lastSuccessAt: null,
        lastFailureAt: null,
      }),
    'DELETE /api/v1/assistant/push/subscriptions/dev1': () => noContent(),
    'POST /api/v1/assistant/push/test': () => json(200, { sent: 1, failed: 0, gone: 0 }),
  });
}

function show() {
  render(
    <ToastProvider>
      <PushSection />
    </ToastProvider>,
  );
}

describe('Notifications on this device', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('asks for permission only on click, subscribes with the server key, tests, and turns off', async () => {
    const browser = fakeBrowser();
    const api = server();
    show();
    const turnOn = await screen.findByRole('button', { name: 'Turn on notifications' });
    expect(screen.getByTestId('push-state')).toHaveTextContent('Off on this device.');
    expect(browser.notification.requestPermission).not.toHaveBeenCalled();
    expect(browser.serviceWorker.register).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(turnOn);
    });
    await screen.findByRole('button', { name: 'Send a test' });
    expect(browser.notification.requestPermission).toHaveBeenCalledTimes(1);
    expect(browser.serviceWorker.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const options = browser.pushManager.subscribe.mock.calls[0] as unknown as [PushSubscriptionOptionsInit];
    expect(options[0].userVisibleOnly).toBe(true);
    expect(Array.from(options[0].applicationServerKey as Uint8Array)).toEqual(Array.from(base64UrlToBytes(KEY)));
    expect(api.requests('POST', '/api/v1/assistant/push/subscriptions')[0].body).toEqual(SUBSCRIPTION_JSON);
    expect(screen.getByTestId('push-state')).toHaveTextContent('On: your reminders appear as notifications on this device.');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send a test' }));
    });
    expect(api.requests('POST', '/api/v1/assistant/push/test')).toHaveLength(1);
    expect(await screen.findByText('Test sent. Devices reached: 1.')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Turn off on this device' }));
    });
    await screen.findByRole('button', { name: 'Turn on notifications' });
    expect(browser.current()).toBeNull();
    expect(api.requests('DELETE', '/api/v1/assistant/push/subscriptions/dev1')).toHaveLength(1);
  });

  it('says when the browser blocks notifications, and offers nothing to click', async () => {
    fakeBrowser('denied');
    server();
    show();
    expect(await screen.findByTestId('push-state')).toHaveTextContent('Notifications are blocked by the browser.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when the browser has no Push API', async () => {
    server();
    show();
    expect(await screen.findByTestId('push-state')).toHaveTextContent('This browser cannot show notifications from Vectort.');
  });

  it('says when push is off on the server', async () => {
    fakeBrowser();
    const api = server();
    api.on('GET /api/v1/assistant/push/public-key', () => problem(404, 'not-found'));
    show();
    expect(await screen.findByTestId('push-state')).toHaveTextContent('Notifications are not available on this server.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps the server in step with a browser that is already subscribed', async () => {
    const browser = fakeBrowser('granted');
    const api = server();
    await browser.serviceWorker.register();
    await browser.pushManager.subscribe();
    show();
    expect(await screen.findByTestId('push-state')).toHaveTextContent('On:');
    await waitFor(() => expect(api.requests('POST', '/api/v1/assistant/push/subscriptions')).toHaveLength(1));
  });
});
