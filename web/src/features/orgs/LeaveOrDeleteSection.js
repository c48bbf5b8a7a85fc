import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { useOrganizations } from '../../shared/org/OrganizationContext';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Section } from '../../shared/ui/Section';
import { useToast } from '../../shared/ui/Toasts';
import { orgApi } from './api';
import { DeleteOrganizationDialog } from './DeleteOrganizationDialog';
import { problemText } from '../../shared/org/problemText';
/** Leaving the organisation (anyone but its last owner), and deleting it (owners). */
export function LeaveOrDeleteSection({ organization }) {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const toast = useToast();
    const { user } = useSession();
    const { reload } = useOrganizations();
    const [dialog, setDialog] = useState(null);
    /** Off to my projects first, so the page of an organisation I am no longer in does not reload. */
    const gone = (message) => {
        navigate('/projects');
        toast(message);
        void reload().catch(() => undefined);
    };
    return (_jsxs(Section, { title: t('org.leave.sectionTitle'), testId: "org-danger", children: [_jsxs("div", { className: "flex flex-col gap-4", children: [_jsxs("div", { className: "flex flex-wrap items-center justify-between gap-3", children: [_jsx("p", { className: "min-w-0 flex-1 basis-64 text-sm text-muted", children: t('org.leave.body') }), _jsx(Button, { variant: "secondary", onClick: () => setDialog('leave'), children: t('org.leave.action') })] }), organization.role === 'owner' && (_jsxs("div", { className: "flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4", children: [_jsx("p", { className: "min-w-0 flex-1 basis-64 text-sm text-muted", children: t('org.delete.hint') }), _jsx(Button, { variant: "danger", onClick: () => setDialog('delete'), children: t('org.delete.action') })] }))] }), dialog === 'leave' && (_jsx(ConfirmDialog, { title: t('org.leave.title', { name: organization.name }), confirmLabel: t('org.leave.confirm'), danger: true, describeError: (e) => problemText(t, e), onClose: () => setDialog(null), onConfirm: async () => {
                    await orgApi.removeMember(organization.id, user?.id ?? '');
                    gone(t('org.leave.done', { name: organization.name }));
                }, children: _jsx(Trans, { i18nKey: "org.leave.confirmBody", values: { name: organization.name }, components: { b: _jsx("strong", {}) } }) })), dialog === 'delete' && (_jsx(DeleteOrganizationDialog, { organization: organization, onClose: () => setDialog(null), onDeleted: () => gone(t('org.delete.done', { name: organization.name })) }))] }));
}
