import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { orgApi } from './api';
import { problemText } from '../../shared/org/problemText';
/** Deleting an organisation and everything in it: only after its name is typed. */
export function DeleteOrganizationDialog({ organization, onClose, onDeleted, }) {
    const { t } = useTranslation();
    const [typed, setTyped] = useState('');
    const matches = typed.trim() === organization.name;
    return (_jsx(ConfirmDialog, { title: t('org.delete.title', { name: organization.name }), confirmLabel: t('org.delete.confirm'), danger: true, confirmDisabled: !matches, describeError: (e) => problemText(t, e), onClose: onClose, onConfirm: async () => {
            await orgApi.remove(organization.id);
            onDeleted();
        }, children: _jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { children: _jsx(Trans, { i18nKey: "org.delete.body", values: { name: organization.name }, components: { b: _jsx("strong", {}) } }) }), _jsx(TextField, { label: t('org.delete.typeName', { name: organization.name }), value: typed, onChange: (e) => setTyped(e.target.value), autoComplete: "off", spellCheck: false, "data-autofocus": true })] }) }));
}
