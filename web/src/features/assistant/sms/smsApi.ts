import { api } from '../../../shared/api/endpoints';

/** The Assistant's text messages (docs/API.md, "Assistant SMS"): the person's phone, their number, the history. */

const BASE = '/api/v1/assistant/sms';

export interface SmsPhone {
  /** E.164, as the server normalised it. */
  number: string;
  verified: boolean;
  /** The person replied STOP: nothing is sent until they text START. */
  optedOut: boolean;
  /** While a code is pending; null once verified or when no code is out. */
  codeExpiresAt: string | null;
}

export interface SmsUsage {
  /** "2026-12" */
  month: string;
  segmentsSent: number;
  segmentsReceived: number;
  /** A decimal string, never a float: "0.0948". */
  costUsd: string;
  /** The most segments the Assistant sends in a month; null = no limit. */
  segmentBudget: number | null;
}

export interface SmsState {
  /** "simulator" when no SMS provider is configured: texts go to the page's simulator. */
  mode: 'twilio' | 'simulator';
  /** Whether each person can get a number of their own, or everyone texts one shared number. */
  routing: 'dedicated' | 'shared';
  /** The `sms` nudge channel is on. */
  enabled: boolean;
  phone: SmsPhone | null;
  /** The number the person texts: their own, or the shared one. */
  assistantNumber: string | null;
  dedicatedNumber: { number: string; since: string } | null;
  usage: SmsUsage;
}

export type SmsStatus = 'received' | 'pending' | 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'blocked';

export interface SmsMessage {
  id: string;
  /** Inbound: the person texted it; outbound: the Assistant sent it. */
  direction: 'inbound' | 'outbound';
  body: string;
  status: SmsStatus;
  /** The carrier's or provider's code when a message failed. */
  errorCode: string | null;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  priceUsd: string | null;
  createdAt: string;
}

export const smsApi = {
  state: (signal?: AbortSignal) => api.get<SmsState>(BASE, { signal }),
  /** `country` (ISO 3166 alpha-2) is how a national number such as "06 12 34 56 78" is read. */
  addPhone: (number: string, country: string) => api.post<SmsState>(`${BASE}/phone`, { number, country }),
  verify: (code: string) => api.post<SmsState>(`${BASE}/phone/verify`, { code }),
  removePhone: () => api.delete(`${BASE}/phone`),
  getNumber: () => api.post<SmsState>(`${BASE}/number`),
  releaseNumber: () => api.delete(`${BASE}/number`),
  /** Oldest first. */
  messages: (signal?: AbortSignal) =>
    api.get<{ messages: SmsMessage[] }>(`${BASE}/messages?limit=100`, { signal }).then((answer) => answer.messages),
  /** Simulator mode only: as if the person had texted this from their phone. */
  simulateInbound: (body: string) => api.post<{ id: string }>(`${BASE}/simulator/inbound`, { body }),
};
