import { isApiError } from '../../shared/api/problem';
/** A link that expired, was used already or never existed: the page offers a new one instead of an error. */
export function isInvalidLink(error) {
    return isApiError(error) && error.code === 'invalid-link';
}
/** What the sign-in page shows after a password was reset (read there from the navigation state). */
export const PASSWORD_RESET_NOTICE = 'password-reset';
export const LINK_CLASS = 'font-medium text-link underline-offset-2 hover:underline';
