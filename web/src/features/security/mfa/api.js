import { api } from '../../../shared/api/endpoints';
export const mfaApi = {
    status: () => api.get('/api/v1/me/mfa'),
    beginTotp: () => api.post('/api/v1/me/mfa/totp'),
    confirmTotp: (code) => api.post('/api/v1/me/mfa/totp/confirm', { code }).then((r) => r.recoveryCodes),
    disable: () => api.delete('/api/v1/me/mfa/totp'),
    regenerateRecoveryCodes: () => api.post('/api/v1/me/mfa/recovery-codes').then((r) => r.recoveryCodes),
};
/** The SVG as an image source: rendered by <img>, so nothing in it can run. */
export function svgDataUri(svg) {
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
/** Groups a Base32 key in fours, as authenticator apps show it; apps ignore the spaces. */
export function groupedKey(secret) {
    return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
