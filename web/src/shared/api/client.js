import { ApiError, networkError, problemFromResponse } from './problem';
/**
 * Marks that this browser holds a session, so that start-up tries to resume it. Not a secret: the
 * refresh token itself is an HttpOnly cookie that no script can read.
 */
export const SESSION_HINT_KEY = 'vectort.session';
/** Where older versions kept the refresh token itself; moved into the cookie on the first refresh. */
export const LEGACY_REFRESH_TOKEN_KEY = 'vectort.refreshToken';
/** Sent with every auth call: the server hands the refresh token out as a cookie and takes it back. */
export const BROWSER_HEADER = { 'X-Requested-With': 'vectort' };
/** Names the organisation an `/api` request acts in (docs/ORGANIZATIONS.md); without it, the personal one. */
export const ORGANIZATION_HEADER = 'Vectort-Organization';
/**
 * Paths that act for the signed-in person, not in an organisation (sign-in, my organisations,
 * invitations, my data): they never carry the header, so an organisation that is gone cannot
 * make them fail.
 */
const PERSONAL_PATHS = ['/api/v1/auth/', '/api/v1/orgs', '/api/v1/invitations/', '/api/v1/me/'];
function actsInOrganization(path) {
    if (!path.startsWith('/api/'))
        return false;
    if (path === '/api/v1/me' || path.startsWith('/api/v1/me?'))
        return false;
    return !PERSONAL_PATHS.some((prefix) => path.startsWith(prefix));
}
/**
 * The one HTTP client of the app. The access token lives only in memory; the refresh token in an
 * HttpOnly cookie the browser sends to the auth endpoints. Refreshing is single-flight: a refresh
 * token can be used only once (a reused one revokes the whole session), so every caller that needs
 * a new access token awaits the same in-flight refresh, and tabs take turns through a Web Lock, each
 * sending the cookie the previous refresh left.
 */
export class ApiClient {
    baseUrl;
    fetchFn;
    storage;
    now;
    locks;
    refreshMarginMs;
    scheduleRefresh;
    access = null;
    inFlightRefresh = null;
    refreshTimer = null;
    listeners = new Set();
    legacyRefreshToken = null;
    organizationId = null;
    constructor(options = {}) {
        this.baseUrl = options.baseUrl ?? '';
        this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
        this.storage = options.storage ?? globalThis.localStorage;
        this.now = options.now ?? Date.now;
        this.locks =
            options.locks !== undefined
                ? options.locks
                : (globalThis.navigator?.locks ?? null);
        this.refreshMarginMs = options.refreshMarginMs ?? 60_000;
        this.scheduleRefresh = options.scheduleRefresh ?? true;
        this.adoptLegacyToken();
    }
    onSessionChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /**
     * The organisation later `/api` requests act in: an id, or null for the personal one (no
     * header). Set before the pages that load data mount, so their first request already has it.
     */
    setOrganization(id) {
        this.organizationId = id;
    }
    organization() {
        return this.organizationId;
    }
    /** Whether a session may be resumed (this browser signed in and did not sign out). */
    hasSession() {
        return this.readHint();
    }
    /** The same answer whether or not the address already has an account (it is never revealed). */
    async register(email, password) {
        return this.publicJson('POST', '/api/v1/auth/register', { email, password });
    }
    /** Signs in, or answers with the second-factor challenge an account with MFA must pass. */
    async login(email, password) {
        return this.firstFactor('/api/v1/auth/login', { email, password });
    }
    /**
     * Links a provider's identity (the ticket from its callback) to the existing account with that
     * account's password, and signs in — or answers the second-factor challenge, like `login`.
     */
    async confirmProviderLink(ticket, password) {
        return this.firstFactor('/api/v1/auth/oauth2/link', { ticket, password });
    }
    /** A proof of the first factor: a session, or the challenge of the second. */
    async firstFactor(path, body) {
        const answer = await this.publicJson('POST', path, body, BROWSER_HEADER);
        if ('mfaRequired' in answer && answer.mfaRequired) {
            return { kind: 'mfa-required', challenge: answer.challenge, methods: answer.methods, expiresIn: answer.expiresIn };
        }
        this.acceptTokens(answer);
        this.emit('signed-in');
        return { kind: 'signed-in' };
    }
    /** Answers a sign-in's second-factor challenge with an authenticator or recovery code. */
    async completeSecondFactor(challenge, code) {
        const pair = await this.publicJson('POST', '/api/v1/auth/mfa/verify', { challenge, code }, BROWSER_HEADER);
        this.acceptTokens(pair);
        this.emit('signed-in');
    }
    /**
     * Adopts a session the server started by itself (after a provider's sign-in it set the refresh
     * cookie and sent the browser back): the first refresh turns the cookie into an access token.
     */
    async adoptServerSession() {
        this.writeHint();
        await this.refresh();
        this.emit('signed-in');
    }
    async logout() {
        const hadSession = this.readHint();
        this.clearTokens();
        if (hadSession) {
            try {
                // The server revokes the session of the cookie and clears it.
                await this.fetchFn(this.baseUrl + '/api/v1/auth/logout', {
                    method: 'POST',
                    headers: { ...BROWSER_HEADER },
                    credentials: 'same-origin',
                });
            }
            catch {
                // Signing out locally is what matters; the token expires on the server by itself.
            }
        }
        this.emit('signed-out');
    }
    /** A valid access token, refreshing first when it is missing or about to expire. */
    async accessToken() {
        if (this.access && this.access.expiresAt - this.now() > 30_000) {
            return this.access.token;
        }
        return this.refresh();
    }
    /**
     * Exchanges the refresh token for a new pair. Concurrent callers share one request; on a
     * rejected refresh token the session is over and listeners hear `expired`.
     */
    refresh() {
        if (!this.inFlightRefresh) {
            this.inFlightRefresh = this.withLock(() => this.refreshNow()).finally(() => {
                this.inFlightRefresh = null;
            });
        }
        return this.inFlightRefresh;
    }
    /** Authorized fetch: adds the bearer token and, on a 401, refreshes once and tries again. */
    async fetch(path, init = {}) {
        const first = await this.sendAuthorized(path, init);
        if (first.response.status !== 401)
            return first.response;
        const problem = await problemFromResponse(first.response.clone());
        if (problem.code !== 'invalid-token' && problem.code !== 'unauthenticated')
            return first.response;
        // Another caller may have refreshed while this request was out: use its token, don't refresh twice.
        if (this.access?.token === first.token) {
            await this.refresh();
        }
        return (await this.sendAuthorized(path, init)).response;
    }
    async get(path, options = {}) {
        return this.json('GET', path, options);
    }
    async post(path, body, options = {}) {
        return this.json('POST', path, { ...options, body });
    }
    async patch(path, body, options = {}) {
        return this.json('PATCH', path, { ...options, body });
    }
    async delete(path, options = {}) {
        await this.json('DELETE', path, options);
    }
    /** Sends JSON, returns the parsed answer (undefined for 204), throws ApiError otherwise. */
    async json(method, path, options = {}) {
        const headers = { Accept: 'application/json', ...options.headers };
        let body;
        if (options.body !== undefined) {
            headers['Content-Type'] = 'application/json';
            body = JSON.stringify(options.body);
        }
        const response = await this.fetch(path, { method, headers, body, signal: options.signal });
        return readJson(response);
    }
    async sendAuthorized(path, init) {
        const token = await this.accessToken();
        const headers = new Headers(init.headers);
        headers.set('Authorization', `Bearer ${token}`);
        if (this.organizationId && actsInOrganization(path) && !headers.has(ORGANIZATION_HEADER)) {
            headers.set(ORGANIZATION_HEADER, this.organizationId);
        }
        try {
            const response = await this.fetchFn(this.baseUrl + path, { ...init, headers });
            return { response, token };
        }
        catch (e) {
            if (isAbort(e))
                throw e;
            throw networkError(e);
        }
    }
    async publicJson(method, path, body, extraHeaders = {}) {
        let response;
        try {
            response = await this.fetchFn(this.baseUrl + path, {
                method,
                headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...extraHeaders },
                body: JSON.stringify(body),
            });
        }
        catch (e) {
            throw networkError(e);
        }
        return readJson(response);
    }
    async refreshNow() {
        // Checked under the lock: another tab may have signed out a moment ago.
        if (!this.readHint()) {
            this.expire();
            throw new ApiError({ status: 401, code: 'unauthenticated', detail: '' });
        }
        // The cookie goes by itself; a token from an older version goes once in the body, and the
        // answer turns it into the cookie.
        const legacy = this.legacyRefreshToken;
        this.legacyRefreshToken = null;
        let response;
        try {
            response = await this.fetchFn(this.baseUrl + '/api/v1/auth/refresh', {
                method: 'POST',
                headers: legacy
                    ? { ...BROWSER_HEADER, 'Content-Type': 'application/json', Accept: 'application/json' }
                    : { ...BROWSER_HEADER, Accept: 'application/json' },
                body: legacy ? JSON.stringify({ refreshToken: legacy }) : undefined,
                credentials: 'same-origin',
            });
        }
        catch (e) {
            throw networkError(e);
        }
        if (!response.ok) {
            const problem = await problemFromResponse(response);
            // A network hiccup or a 5xx keeps the session; a refused token ends it.
            if (response.status === 400 || response.status === 401 || response.status === 403) {
                this.expire();
            }
            throw problem;
        }
        const pair = (await response.json());
        this.acceptTokens(pair);
        return pair.accessToken;
    }
    withLock(task) {
        return this.locks ? this.locks.request('vectort-token-refresh', task) : task();
    }
    acceptTokens(pair) {
        const lifetimeMs = Math.max(1, pair.expiresIn) * 1000;
        this.access = { token: pair.accessToken, expiresAt: this.now() + lifetimeMs };
        this.writeHint();
        if (this.scheduleRefresh) {
            this.clearTimer();
            const delay = Math.max(5_000, lifetimeMs - this.refreshMarginMs);
            this.refreshTimer = setTimeout(() => {
                this.refresh().catch(() => {
                    // Failures are handled where they matter: expire() already told the listeners.
                });
            }, delay);
        }
    }
    expire() {
        const hadSession = this.access !== null || this.readHint();
        this.clearTokens();
        if (hadSession)
            this.emit('expired');
    }
    clearTokens() {
        this.access = null;
        this.legacyRefreshToken = null;
        this.clearTimer();
        try {
            this.storage.removeItem(SESSION_HINT_KEY);
        }
        catch {
            // Storage can be unavailable (private mode): the cookie still ends with the session.
        }
    }
    clearTimer() {
        if (this.refreshTimer)
            clearTimeout(this.refreshTimer);
        this.refreshTimer = null;
    }
    readHint() {
        try {
            return this.storage.getItem(SESSION_HINT_KEY) !== null || this.legacyRefreshToken !== null;
        }
        catch {
            return this.legacyRefreshToken !== null;
        }
    }
    writeHint() {
        try {
            this.storage.setItem(SESSION_HINT_KEY, '1');
        }
        catch {
            // Without storage the session lasts as long as the page.
        }
    }
    /** Takes a refresh token an older version left in storage out of reach of scripts that run later. */
    adoptLegacyToken() {
        try {
            const legacy = this.storage.getItem(LEGACY_REFRESH_TOKEN_KEY);
            if (legacy === null)
                return;
            this.storage.removeItem(LEGACY_REFRESH_TOKEN_KEY);
            this.legacyRefreshToken = legacy;
            this.writeHint();
        }
        catch {
            // No storage, nothing to adopt.
        }
    }
    emit(change) {
        for (const listener of this.listeners)
            listener(change);
    }
}
export async function readJson(response) {
    if (!response.ok)
        throw await problemFromResponse(response);
    if (response.status === 204)
        return undefined;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined);
}
export function isAbort(e) {
    return typeof e === 'object' && e !== null && e.name === 'AbortError';
}
