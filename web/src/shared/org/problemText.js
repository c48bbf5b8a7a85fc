import { describeError } from '../api/messages';
import { isApiError } from '../api/problem';
/**
 * Problems whose `detail` says best what happened (who is the last owner, which slug is taken):
 * shown in the server's words when it gave them.
 */
const IN_SERVER_WORDS = new Set(['last-owner', 'slug-taken', 'already-member', 'personal-organization']);
export function problemText(t, error) {
    if (isApiError(error) && IN_SERVER_WORDS.has(error.code) && error.detail)
        return error.detail;
    return describeError(t, error);
}
