/** JSON shapes of the Vectort API (docs/API.md). */
export const TERMINAL_STATUSES = ['succeeded', 'failed', 'cancelled'];
export function isTerminal(status) {
    return TERMINAL_STATUSES.includes(status);
}
