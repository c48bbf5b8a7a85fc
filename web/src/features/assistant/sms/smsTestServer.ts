import { json, noContent, problem, type Call } from '../../../test/fakeApi';
import type { SmsMessage, SmsState } from './smsApi';

const B = '/api/v1/assistant/sms';
const NOW = '2026-12-04T14:00:00Z';

export const smsState = (fields: Partial<SmsState> = {}): SmsState => ({
  mode: 'simulator',
  routing: 'shared',
  enabled: false,
  phone: null,
  assistantNumber: null,
  dedicatedNumber: null,
  usage: { month: '2026-12', segmentsSent: 0, segmentsReceived: 0, costUsd: '0', segmentBudget: null },
  ...fields,
});

export const verifiedPhone = (number = '+33612345678') => ({ number, verified: true, optedOut: false, codeExpiresAt: null });

let seq = 0;
export const smsMessage = (direction: SmsMessage['direction'], body: string, fields: Partial<SmsMessage> = {}): SmsMessage => ({
  id: `sms${++seq}`,
  direction,
  body,
  status: direction === 'inbound' ? 'received' : 'delivered',
  errorCode: null,
  segments: 1,
  encoding: 'GSM-7',
  priceUsd: null,
  createdAt: NOW,
  ...fields,
});

/** A problem with the extensions the SMS API adds: field errors, or a Retry-After header. */
export function smsProblem(status: number, code: string, detail: string, extra: { field?: string; retryAfter?: number } = {}) {
  const body = {
    type: `https://vectort.dev/problems/${code}`,
    title: 'x',
    status,
    detail,
    code,
    ...(extra.field ? { errors: [{ field: extra.field, code, message: detail }] } : {}),
  };
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (extra.retryAfter) headers['Retry-After'] = String(extra.retryAfter);
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * The SMS API as the contract describes it, added to a fake API (`assistantServer().api`): the
 * tests change `sms.state` and `sms.messages` and read the requests. The code texted is `sms.code`;
 * a simulated text is stored at once and answered by `sms.answer` on the next read of the history.
 */
export function smsServer(
  api: { on(key: string, route: (call: Call) => Response | Promise<Response>): void },
  state = smsState(),
) {
  const sms = {
    state,
    messages: [] as SmsMessage[],
    code: '123456',
    attemptsLeft: 3,
    /** The Assistant's answer to a simulated text; null = no answer. */
    answer: (body: string): string | null => `Got it: ${body}`,
    pendingAnswers: [] as string[],
  };
  api.on(`GET ${B}`, () => json(200, sms.state));
  api.on(`POST ${B}/phone`, ({ body }: Call) => {
    const { number, country } = body as { number: string; country: string };
    const digits = number.replace(/[\s.-]/g, '');
    if (!/^\+?\d{8,15}$/.test(digits)) return smsProblem(400, 'invalid-number', 'not a mobile number', { field: 'number' });
    const e164 = digits.startsWith('+') ? digits : country === 'FR' ? `+33${digits.replace(/^0/, '')}` : `+1${digits}`;
    sms.state = {
      ...sms.state,
      phone: { number: e164, verified: false, optedOut: false, codeExpiresAt: new Date(Date.now() + 600_000).toISOString() },
    };
    return json(202, sms.state);
  });
  api.on(`POST ${B}/phone/verify`, ({ body }: Call) => {
    const phone = sms.state.phone;
    if (!phone || phone.verified) return problem(409, 'no-pending-code', 'no code is pending');
    if ((body as { code: string }).code !== sms.code) {
      sms.attemptsLeft--;
      return smsProblem(400, 'wrong-code', `Wrong code: ${sms.attemptsLeft} attempts left.`);
    }
    sms.state = { ...sms.state, phone: { ...phone, verified: true, codeExpiresAt: null } };
    return json(200, sms.state);
  });
  api.on(`DELETE ${B}/phone`, () => {
    sms.state = { ...sms.state, phone: null, dedicatedNumber: null, enabled: false };
    return noContent();
  });
  api.on(`POST ${B}/number`, () => {
    if (!sms.state.phone?.verified) return problem(409, 'phone-not-verified', 'verify first');
    const own = { number: '+15551234567', since: NOW };
    sms.state = { ...sms.state, dedicatedNumber: own, assistantNumber: own.number };
    return json(201, sms.state);
  });
  api.on(`DELETE ${B}/number`, () => {
    sms.state = { ...sms.state, dedicatedNumber: null, assistantNumber: null };
    return noContent();
  });
  api.on(`GET ${B}/messages`, () => {
    for (const text of sms.pendingAnswers.splice(0)) sms.messages.push(smsMessage('outbound', text, { status: 'sent' }));
    return json(200, { messages: sms.messages });
  });
  api.on(`POST ${B}/simulator/inbound`, ({ body }: Call) => {
    if (sms.state.mode !== 'simulator') return problem(409, 'not-simulator', 'not the simulator');
    const text = (body as { body: string }).body;
    const inbound = smsMessage('inbound', text);
    sms.messages.push(inbound);
    const answer = sms.answer(text);
    if (answer !== null) sms.pendingAnswers.push(answer);
    return json(202, { id: inbound.id });
  });
  return sms;
}
