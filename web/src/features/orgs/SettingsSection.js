import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { orgApi } from './api';
import { problemText } from '../../shared/org/problemText';
/** The organisation's name and slug: a form for admins and owners, plain facts for the others. */
export function SettingsSection({ organization, canEdit, onSaved, }) {
    const { t } = useTranslation();
    const [name, setName] = useState(organization.name);
    const [slug, setSlug] = useState(organization.slug);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [saved, setSaved] = useState(false);
    const changes = {};
    if (name.trim() !== organization.name)
        changes.name = name.trim();
    if (slug.trim() !== organization.slug)
        changes.slug = slug.trim();
    const changed = Object.keys(changes).length > 0;
    const submit = async (e) => {
        e.preventDefault();
        if (!changed)
            return;
        setBusy(true);
        setError(null);
        setSaved(false);
        try {
            const updated = await orgApi.update(organization.id, changes);
            setSaved(true);
            onSaved(updated);
        }
        catch (err) {
            setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    if (!canEdit) {
        return (_jsx(Section, { title: t('org.settings.title'), testId: "org-settings", children: _jsxs("dl", { className: "grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]", children: [_jsx("dt", { className: "text-muted", children: t('org.fields.name') }), _jsx("dd", { className: "break-words text-fg", children: organization.name }), _jsx("dt", { className: "text-muted", children: t('org.fields.slug') }), _jsx("dd", { className: "break-words text-fg", children: organization.slug })] }) }));
    }
    const slugTaken = isApiError(error) && error.code === 'slug-taken';
    const slugError = slugTaken ? problemText(t, error) : fieldMessage(t, error, 'slug');
    const nameError = fieldMessage(t, error, 'name');
    return (_jsx(Section, { title: t('org.settings.title'), testId: "org-settings", children: _jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4 sm:max-w-md", children: [_jsx(TextField, { label: t('org.fields.name'), name: "name", required: true, maxLength: 120, value: name, onChange: (e) => setName(e.target.value), error: nameError }), _jsx(TextField, { label: t('org.fields.slug'), name: "slug", value: slug, onChange: (e) => setSlug(e.target.value), hint: t('org.fields.slugHint'), error: slugError, autoCapitalize: "off", spellCheck: false }), !slugError && !nameError && _jsx(ErrorAlert, { error: error, describe: (e) => problemText(t, e) }), _jsxs("div", { className: "flex items-center gap-3", children: [_jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !changed || !name.trim(), children: t('common.save') }), saved && !changed && (_jsx("span", { role: "status", className: "text-sm text-success", children: t('org.settings.saved') }))] })] }) }));
}
