import { api } from '../../../shared/api/endpoints';

/** JSON shapes of `/api/v1/me/mfa` (docs/API.md, "Multi-factor authentication"). */

export interface MfaStatus {
  totp: { enabled: boolean; enabledAt: string | null };
  recoveryCodesRemaining: number;
  methods: string[];
}

export interface TotpEnrolment {
  /** The manual key (Base32). */
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code, an SVG document. */
  qrSvg: string;
}

interface RecoveryCodes {
  recoveryCodes: string[];
}

export const mfaApi = {
  status: () => api.get<MfaStatus>('/api/v1/me/mfa'),
  beginTotp: () => api.post<TotpEnrolment>('/api/v1/me/mfa/totp'),
  confirmTotp: (code: string) => api.post<RecoveryCodes>('/api/v1/me/mfa/totp/confirm', { code }).then((r) => r.recoveryCodes),
  disable: () => api.delete('/api/v1/me/mfa/totp'),
  regenerateRecoveryCodes: () => api.post<RecoveryCodes>('/api/v1/me/mfa/recovery-codes').then((r) => r.recoveryCodes),
};

/** The SVG as an image source: rendered by <img>, so nothing in it can run. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Groups a Base32 key in fours, as authenticator apps show it; apps ignore the spaces. */
export function groupedKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
