import { jsx as _jsx } from "react/jsx-runtime";
import { useSearchParams } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { ConfirmLink } from './ConfirmLink';
import { recoveryApi } from './recoveryApi';
/**
 * `/confirm-email-change?token=…`, the link sent to the new address. A browser that is signed in
 * reloads the account afterwards, so the new address shows at once.
 */
export function ConfirmEmailChangePage() {
    const [params] = useSearchParams();
    const { status, adoptServerSession } = useSession();
    return (_jsx(ConfirmLink, { token: params.get('token') ?? '', confirm: recoveryApi.confirmEmailChange, texts: "recovery.changeEmail", retryPath: "/settings/security", onConfirmed: status === 'signed-in' ? adoptServerSession : undefined }));
}
