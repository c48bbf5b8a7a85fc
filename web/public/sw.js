// Vectort's service worker: shows the Assistant's nudges sent by web push (docs/ASSISTANT.md,
// "Web push") when no Vectort page is open. Served at /sw.js so that its scope is the whole app.
// Plain JavaScript, no build step and no caching of the app: it only handles push and clicks.

// A push carries the JSON written by the server (PushChannel): {title, body, reminderId,
// occurrenceAt, escalationStep, url}, or a test push {title, body, test, url}.
self.addEventListener('push', (event) => {
  let data;
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : '' };
  }
  const title = data.title || 'Vectort';
  // One notification per occurrence: the gentler repeat replaces the first nudge quietly.
  const tag = data.reminderId ? `${data.reminderId}@${data.occurrenceAt}` : 'vectort-test';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.body || '',
      tag,
      renotify: false,
      icon: '/favicon.svg',
      data: { url: sameOriginPath(data.url) },
    }),
  );
});

// A click focuses an open Vectort tab (and takes it to the page), else opens one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(sameOriginPath(event.notification.data && event.notification.data.url), self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        return open.focus().then((focused) => (focused && 'navigate' in focused ? focused.navigate(url.href) : focused));
      }
      return self.clients.openWindow(url.href);
    }),
  );
});

// Only a path of this app is ever opened, whatever a payload says.
function sameOriginPath(path) {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/assistant';
}
