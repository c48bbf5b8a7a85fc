import { ApiError, networkError, problemFromResponse } from './problem';
import type { TokenPair, User } from './types';

export const REFRESH_TOKEN_KEY = 'vectort.refreshToken';

/** Why the session changed: a sign-in, a deliberate sign-out, or a session that could not be renewed. */
export type SessionChange = 'signed-in' | 'signed-out' | 'expired';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  storage?: Storage;
  now?: () => number;
  /** Cross-tab lock for refreshing; defaults to `navigator.locks` where the browser has it. */
  locks?: LockManagerLike | null;
  /** Refresh this long before the access token expires. */
  refreshMarginMs?: number;
  /** Schedule a refresh shortly before expiry (off in tests that count refreshes). */
  scheduleRefresh?: boolean;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The one HTTP client of the app. The access token lives only in memory; the refresh token in
 * localStorage. Refreshing is single-flight: a refresh token can be used only once (a reused one
 * revokes the whole session), so every caller that needs a new access token awaits the same
 * in-flight refresh, and tabs take turns through a Web Lock, each reading the latest token.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;
  private readonly storage: Storage;
  private readonly now: () => number;
  private readonly locks: LockManagerLike | null;
  private readonly refreshMarginMs: number;
  private readonly scheduleRefresh: boolean;

  private access: { token: string; expiresAt: number } | null = null;
  private inFlightRefresh: Promise<string> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(change: SessionChange) => void>();

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.storage = options.storage ?? globalThis.localStorage;
    this.now = options.now ?? Date.now;
    this.locks =
      options.locks !== undefined
        ? options.locks
        : ((globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks ?? null);
    this.refreshMarginMs = options.refreshMarginMs ?? 60_000;
    this.scheduleRefresh = options.scheduleRefresh ?? true;
  }

  onSessionChange(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether a session can be resumed (a refresh token is stored). */
  hasSession(): boolean {
    return this.readRefreshToken() !== null;
  }

  async register(email: string, password: string): Promise<User> {
    return this.publicJson<User>('POST', '/api/v1/auth/register', { email, password });
  }

  async login(email: string, password: string): Promise<void> {
    const pair = await this.publicJson<TokenPair>('POST', '/api/v1/auth/login', { email, password });
    this.acceptTokens(pair);
    this.emit('signed-in');
  }

  async logout(): Promise<void> {
    const refreshToken = this.readRefreshToken();
    this.clearTokens();
    if (refreshToken) {
      try {
        await this.fetchFn(this.baseUrl + '/api/v1/auth/logout', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refreshToken }),
        });
      } catch {
        // Signing out locally is what matters; the token expires on the server by itself.
      }
    }
    this.emit('signed-out');
  }

  /** A valid access token, refreshing first when it is missing or about to expire. */
  async accessToken(): Promise<string> {
    if (this.access && this.access.expiresAt - this.now() > 30_000) {
      return this.access.token;
    }
    return this.refresh();
  }

  /**
   * Exchanges the refresh token for a new pair. Concurrent callers share one request; on a
   * rejected refresh token the session is over and listeners hear `expired`.
   */
  refresh(): Promise<string> {
    if (!this.inFlightRefresh) {
      this.inFlightRefresh = this.withLock(() => this.refreshNow()).finally(() => {
        this.inFlightRefresh = null;
      });
    }
    return this.inFlightRefresh;
  }

  /** Authorized fetch: adds the bearer token and, on a 401, refreshes once and tries again. */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const first = await this.sendAuthorized(path, init);
    if (first.response.status !== 401) return first.response;
    const problem = await problemFromResponse(first.response.clone());
    if (problem.code !== 'invalid-token' && problem.code !== 'unauthenticated') return first.response;
    // Another caller may have refreshed while this request was out: use its token, don't refresh twice.
    if (this.access?.token === first.token) {
      await this.refresh();
    }
    return (await this.sendAuthorized(path, init)).response;
  }

  async get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('GET', path, options);
  }

  async post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('POST', path, { ...options, body });
  }

  async patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('PATCH', path, { ...options, body });
  }

  async delete(path: string, options: RequestOptions = {}): Promise<void> {
    await this.json<void>('DELETE', path, options);
  }

  /** Sends JSON, returns the parsed answer (undefined for 204), throws ApiError otherwise. */
  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await this.fetch(path, { method, headers, body, signal: options.signal });
    return readJson<T>(response);
  }

  private async sendAuthorized(path: string, init: RequestInit): Promise<{ response: Response; token: string }> {
    const token = await this.accessToken();
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    try {
      const response = await this.fetchFn(this.baseUrl + path, { ...init, headers });
      return { response, token };
    } catch (e) {
      if (isAbort(e)) throw e;
      throw networkError(e);
    }
  }

  private async publicJson<T>(method: string, path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchFn(this.baseUrl + path, {
        method,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (e) {
      throw networkError(e);
    }
    return readJson<T>(response);
  }

  private async refreshNow(): Promise<string> {
    // Read under the lock: another tab may have rotated the token a moment ago.
    const refreshToken = this.readRefreshToken();
    if (!refreshToken) {
      this.expire();
      throw new ApiError({ status: 401, code: 'unauthenticated', detail: '' });
    }
    let response: Response;
    try {
      response = await this.fetchFn(this.baseUrl + '/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
    } catch (e) {
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
    const pair = (await response.json()) as TokenPair;
    this.acceptTokens(pair);
    return pair.accessToken;
  }

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    return this.locks ? this.locks.request('vectort-token-refresh', task) : task();
  }

  private acceptTokens(pair: TokenPair): void {
    const lifetimeMs = Math.max(1, pair.expiresIn) * 1000;
    this.access = { token: pair.accessToken, expiresAt: this.now() + lifetimeMs };
    this.storage.setItem(REFRESH_TOKEN_KEY, pair.refreshToken);
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

  private expire(): void {
    const hadSession = this.access !== null || this.readRefreshToken() !== null;
    this.clearTokens();
    if (hadSession) this.emit('expired');
  }

  private clearTokens(): void {
    this.access = null;
    this.clearTimer();
    this.storage.removeItem(REFRESH_TOKEN_KEY);
  }

  private clearTimer(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }

  private readRefreshToken(): string | null {
    try {
      return this.storage.getItem(REFRESH_TOKEN_KEY);
    } catch {
      return null;
    }
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

export async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) throw await problemFromResponse(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}
