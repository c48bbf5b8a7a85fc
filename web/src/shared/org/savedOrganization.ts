import type { Organization } from './types';

/** Where the organisation picked last is remembered (its id), per browser. */
export const ORGANIZATION_KEY = 'vectort.organization';

export function loadSavedOrganization(): string | null {
  try {
    return localStorage.getItem(ORGANIZATION_KEY);
  } catch {
    return null;
  }
}

export function saveOrganization(id: string): void {
  try {
    localStorage.setItem(ORGANIZATION_KEY, id);
  } catch {
    // Without storage the choice lasts as long as the page.
  }
}

/** The saved organisation if I am still in it, else my personal one (else the first). */
export function pickCurrent(organizations: Organization[], savedId: string | null): Organization | null {
  return organizations.find((o) => o.id === savedId) ?? organizations.find((o) => o.personal) ?? organizations[0] ?? null;
}
