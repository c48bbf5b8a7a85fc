import { jsx as _jsx } from "react/jsx-runtime";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/endpoints';
import { useSession } from '../auth/session';
import { organizationsApi } from './api';
import { atLeast } from './roles';
import { loadSavedOrganization, pickCurrent, saveOrganization } from './savedOrganization';
const OUTSIDE = {
    status: 'idle',
    organizations: [],
    current: null,
    error: null,
    switchTo: () => undefined,
    reload: async () => [],
};
export const OrganizationContext = createContext(OUTSIDE);
/** Tells the API client which organisation to name: none for the personal one. */
function actIn(organization) {
    api.setOrganization(organization && !organization.personal ? organization.id : null);
}
/**
 * My organisations and the current one. The list loads once signed in, before the pages that
 * load data (see RequireSession), and without the header, so an organisation that is gone
 * cannot fail it; the current one is the saved choice while I am still in it, else the personal one.
 */
export function OrganizationProvider({ children }) {
    const { status: session } = useSession();
    const [status, setStatus] = useState(session === 'signed-in' ? 'loading' : 'idle');
    const [organizations, setOrganizations] = useState([]);
    const [currentId, setCurrentId] = useState(null);
    const [error, setError] = useState(null);
    const currentIdRef = useRef(null);
    const adopt = useCallback((list, preferredId) => {
        const current = pickCurrent(list, preferredId);
        actIn(current);
        currentIdRef.current = current?.id ?? null;
        if (current)
            saveOrganization(current.id);
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
            if (!cancelled)
                adopt(page.items, loadSavedOrganization());
        })
            .catch((e) => {
            if (cancelled)
                return;
            // The app still works in the personal organisation; the switcher offers to try again.
            setError(e);
            setStatus('error');
        });
        return () => {
            cancelled = true;
        };
    }, [session, adopt]);
    const switchTo = useCallback((organization) => {
        // The client must name the new organisation before the pages remount and load their data.
        actIn(organization);
        currentIdRef.current = organization.id;
        saveOrganization(organization.id);
        setOrganizations((list) => (list.some((o) => o.id === organization.id) ? list : [...list, organization]));
        setCurrentId(organization.id);
    }, []);
    // Signed in a moment ago: the list is as good as loading (pages wait for it before they load).
    const effectiveStatus = session === 'signed-in' && status === 'idle' ? 'loading' : status;
    const value = useMemo(() => ({
        status: effectiveStatus,
        organizations,
        current: organizations.find((o) => o.id === currentId) ?? null,
        error,
        switchTo,
        reload,
    }), [effectiveStatus, organizations, currentId, error, switchTo, reload]);
    return _jsx(OrganizationContext.Provider, { value: value, children: children });
}
export function useOrganizations() {
    return useContext(OrganizationContext);
}
/** My role in the current organisation, or null while it is not known. */
export function useCurrentRole() {
    return useOrganizations().current?.role ?? null;
}
/** Whether my role in the current organisation allows what needs `needed`. */
export function useCan(needed) {
    return atLeast(useCurrentRole(), needed);
}
