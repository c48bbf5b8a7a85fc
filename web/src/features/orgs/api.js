import { api } from '../../shared/api/endpoints';
export function invitedOrganizationName(preview) {
    return preview.organization?.name ?? preview.organizationName ?? preview.orgName ?? '';
}
const enc = encodeURIComponent;
const org = (key) => `/api/v1/orgs/${enc(key)}`;
/** The query string of an audit request: empty filters are left out. */
export function auditSearch(query) {
    const params = new URLSearchParams();
    for (const key of ['actor', 'action', 'from', 'to']) {
        const value = query[key]?.trim();
        if (value)
            params.set(key, value);
    }
    params.set('page', String(query.page));
    params.set('size', String(query.size));
    return params.toString();
}
export const orgApi = {
    get: (key, signal) => api.get(org(key), { signal }),
    update: (key, changes) => api.patch(org(key), changes),
    remove: (key) => api.delete(org(key)),
    setMfaPolicy: (key, policy) => api.json('PUT', `${org(key)}/mfa-policy`, { body: { policy } }).then((r) => r.policy),
    members: (key, signal) => api.get(`${org(key)}/members`, { signal }),
    changeRole: (key, userId, role) => api.patch(`${org(key)}/members/${enc(userId)}`, { role }),
    removeMember: (key, userId) => api.delete(`${org(key)}/members/${enc(userId)}`),
    invitations: (key, signal) => api.get(`${org(key)}/invitations`, { signal }),
    invite: (key, email, role) => api.post(`${org(key)}/invitations`, { email, role }),
    withdraw: (key, id) => api.delete(`${org(key)}/invitations/${enc(id)}`),
    invitation: (token, signal) => api.get(`/api/v1/invitations/${enc(token)}`, { signal }),
    accept: (token) => api.post(`/api/v1/invitations/${enc(token)}/accept`),
    audit: (key, query, signal) => api.get(`${org(key)}/audit?${auditSearch(query)}`, { signal }),
};
