import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { Button } from '../../shared/ui/Button';
import { TextArea, TextField } from '../../shared/ui/Field';
import { Modal } from '../../shared/ui/Modal';
import { ErrorAlert } from '../../shared/ui/States';
/** Creates a project, or renames one when `project` is given. */
export function ProjectDialog({ project, onSave, onClose, }) {
    const { t } = useTranslation();
    const [name, setName] = useState(project?.name ?? '');
    const [description, setDescription] = useState(project?.description ?? '');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const save = async () => {
        setBusy(true);
        setError(null);
        try {
            await onSave(name.trim(), description.trim());
            onClose();
        }
        catch (e) {
            setError(e);
            setBusy(false);
        }
    };
    const fieldsOnly = isApiError(error) && error.fieldErrors.length > 0 && error.code === 'validation';
    return (_jsxs(Modal, { title: project ? t('projects.rename.title') : t('projects.create.title'), onClose: onClose, onSubmit: save, footer: _jsxs(_Fragment, { children: [_jsx(Button, { onClick: onClose, children: t('common.cancel') }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, children: project ? t('common.save') : t('projects.create.submit') })] }), children: [_jsx(TextField, { label: t('projects.fields.name'), name: "name", value: name, maxLength: 200, onChange: (e) => setName(e.target.value), placeholder: t('projects.fields.namePlaceholder'), error: fieldMessage(t, error, 'name'), "data-autofocus": true }), _jsx(TextArea, { label: t('projects.fields.description'), name: "description", rows: 3, value: description, onChange: (e) => setDescription(e.target.value), hint: t('projects.fields.descriptionHint'), error: fieldMessage(t, error, 'description') }), !fieldsOnly && _jsx(ErrorAlert, { error: error })] }));
}
