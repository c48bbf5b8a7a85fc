import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../api/messages';
import { isApiError } from '../api/problem';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { ErrorAlert } from '../ui/States';
import { organizationsApi } from './api';
import { problemText } from './problemText';
const isSlugTaken = (error) => isApiError(error) && error.code === 'slug-taken';
/** Name and optional slug of a new team organisation; I become its owner. */
export function CreateOrganizationDialog({ onClose, onCreated, }) {
    const { t } = useTranslation();
    const [name, setName] = useState('');
    const [slug, setSlug] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const submit = async () => {
        setBusy(true);
        setError(null);
        try {
            const created = await organizationsApi.create(name.trim(), slug.trim());
            onCreated(created);
        }
        catch (e) {
            setError(e);
            setBusy(false);
        }
    };
    // A taken slug is told next to the slug, in the server's words.
    const slugError = isSlugTaken(error) ? problemText(t, error) : fieldMessage(t, error, 'slug');
    const nameError = fieldMessage(t, error, 'name');
    const general = !slugError && !nameError ? error : null;
    return (_jsxs(Modal, { title: t('org.create.title'), onClose: onClose, onSubmit: () => void submit(), footer: _jsxs(_Fragment, { children: [_jsx(Button, { onClick: onClose, children: t('common.cancel') }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !name.trim(), children: t('org.create.submit') })] }), children: [_jsx("p", { className: "text-sm text-muted", children: t('org.create.intro') }), _jsx(TextField, { label: t('org.fields.name'), name: "name", required: true, maxLength: 120, value: name, onChange: (e) => setName(e.target.value), error: nameError }), _jsx(TextField, { label: t('org.fields.slugOptional'), name: "slug", value: slug, onChange: (e) => setSlug(e.target.value), hint: t('org.fields.slugHint'), error: slugError, autoCapitalize: "off", spellCheck: false }), _jsx(ErrorAlert, { error: general })] }));
}
