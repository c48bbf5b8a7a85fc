import { isApiError } from '../../shared/api/problem';
import { problemText } from '../../shared/org/problemText';
export function invitationProblem(t, error, email) {
    if (isApiError(error)) {
        if (error.code === 'invitation-email-mismatch' || (error.status === 403 && error.code !== 'forbidden-role')) {
            return {
                title: t('invitation.mismatch.title'),
                body: email ? t('invitation.mismatch.bodyFor', { email }) : t('invitation.mismatch.body'),
                otherAccount: true,
            };
        }
        if (error.code === 'invitation-expired' || error.status === 410) {
            return { title: t('invitation.expired.title'), body: t('invitation.expired.body') };
        }
        if (error.status === 404) {
            return { title: t('invitation.notFound.title'), body: t('invitation.notFound.body') };
        }
        if (error.code === 'already-member') {
            return { title: t('invitation.alreadyMember.title'), body: problemText(t, error) };
        }
    }
    return { title: t('invitation.failed'), body: problemText(t, error) };
}
