/** Roles in an organisation, least first (docs/ORGANIZATIONS.md, "Roles"). */
export const ROLES = ['viewer', 'member', 'admin', 'owner'];
/**
 * Whether a role has at least the rights of another. An unknown role (the list of organisations
 * has not loaded, or the server is older) allows everything: the server decides in the end.
 */
export function atLeast(role, needed) {
    if (!role)
        return true;
    return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
/** The roles someone with `myRole` may give: `owner` only by an owner. */
export function grantableRoles(myRole) {
    return ROLES.filter((r) => r !== 'owner' || myRole === 'owner');
}
