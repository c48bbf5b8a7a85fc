import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { useSession } from '../auth/session';
import { organizationsApi } from './api';
import { atLeast, type Role } from './roles';
import { loadSavedOrganization, pickCurrent, saveOrganization } from './savedOrganization';
import type { Organization } from './types';

/** `idle` while signed out (or outside the provider), `error` when the list could not be loaded. */
export type OrganizationsStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface OrganizationsValue {
  status: OrganizationsStatus;
  organizations: Organization[];
  /** The organisation the app acts in; null until the list is loaded (the personal one then). */
  current: Organization | null;
  error: unknown;
  /** Acts in this organisation from now on, and remembers the choice. */
  switchTo(organization: Organization): void;
  /** Loads the list again (after a change); keeps the current one if I am still in it. */
  reload(): Promise<Organization[]>;
}

const OUTSIDE: OrganizationsValue = {
  status: 'idle',
  organizations: [],
  current: null,
  error: null,
  switchTo: () => undefined,
  reload: async () => [],
};

export const OrganizationContext = createContext<OrganizationsValue>(OUTSIDE);

/** Tells the API client which organisation to name: none for the personal one. */
function actIn(organization: Organization | null): void {
  api.setOrganization(organization && !organization.personal ? organization.id : null);
}

/**
 * My organisations and the current one. The list loads once signed in, before the pages that
 * load data (see RequireSession), and without the header, so an organisation that is gone
 * cannot fail it; the current one is the saved choice while I am still in it, else the personal one.
 */
export function OrganizationProvider({ children }: { children: ReactNode }) {
  const { status: session } = useSession();
  const [status, setStatus] = useState<OrganizationsStatus>(session === 'signed-in' ? 'loading' : 'idle');
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const currentIdRef = useRef<string | null>(null);

  const adopt = useCallback((list: Organization[], preferredId: string | null) => {
    const current = pickCurrent(list, preferredId);
    actIn(current);
    currentIdRef.current = current?.id ?? null;
    if (current) saveOrganization(current.id);
    setOrganizations(list);
    setCurrentId(current?.id ?? null);
    setError(null);
    setStatus('ready');
  }, []);

  const reload = useCallback(async () => {
    const page = await organizationsApi.list();
    adopt(page.items, currentIdRef.current ?? loadSavedOrganization());
    return page.items;
  }, [adopt]);

  useEffect(() => {
    if (session !== 'signed-in') {
      actIn(null);
      currentIdRef.current = null;
      setOrganizations([]);
      setCurrentId(null);
      setStatus('idle');
      return;
    }
    let cancelled = false;
    setStatus('loading');
    actIn(null);
    organizationsApi
      .list()
      .then((page) => {
        if (!cancelled) adopt(page.items, loadSavedOrganization());
      })
      .catch((e) => {
        if (cancelled) return;
        // The app still works in the personal organisation; the switcher offers to try again.
        setError(e);
        setStatus('error');
      });
    return () => {
      cancelled = true;
    };
  }, [session, adopt]);

  const switchTo = useCallback((organization: Organization) => {
    // The client must name the new organisation before the pages remount and load their data.
    actIn(organization);
    currentIdRef.current = organization.id;
    saveOrganization(organization.id);
    setOrganizations((list) => (list.some((o) => o.id === organization.id) ? list : [...list, organization]));
    setCurrentId(organization.id);
  }, []);

  // Signed in a moment ago: the list is as good as loading (pages wait for it before they load).
  const effectiveStatus: OrganizationsStatus = session === 'signed-in' && status === 'idle' ? 'loading' : status;

  const value = useMemo<OrganizationsValue>(
    () => ({
      status: effectiveStatus,
      organizations,
      current: organizations.find((o) => o.id === currentId) ?? null,
      error,
      switchTo,
      reload,
    }),
    [effectiveStatus, organizations, currentId, error, switchTo, reload],
  );
  return <OrganizationContext.Provider value={value}>{children}</OrganizationContext.Provider>;
}

export function useOrganizations(): OrganizationsValue {
  return useContext(OrganizationContext);
}

/** My role in the current organisation, or null while it is not known. */
export function useCurrentRole(): Role | null {
  return useOrganizations().current?.role ?? null;
}

/** Whether my role in the current organisation allows what needs `needed`. */
export function useCan(needed: Role): boolean {
  return atLeast(useCurrentRole(), needed);
}
