import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { loadDraft, saveDraft } from '../../shared/drafts';
import { useCan } from '../../shared/org/OrganizationContext';
import { Button } from '../../shared/ui/Button';
import { SelectField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
export const MAX_PROMPT = 5000;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');
function codePoints(text) {
    return Array.from(text.trim()).length;
}
/**
 * The prompt: what to build, for which framework and type. The text is kept as a per-project
 * draft, so an expired session or a reload never loses it; Ctrl/Cmd+Enter generates. A viewer
 * of the organisation reads but cannot generate: the box is off and says why.
 */
export function PromptBox({ projectId, catalog, defaults, followUp, busy, onGenerate, }) {
    const { t } = useTranslation();
    const textId = useId();
    const [draft] = useState(() => loadDraft(projectId));
    const [text, setText] = useState(draft?.text ?? '');
    const [framework, setFramework] = useState(draft?.framework ?? defaults.framework ?? '');
    const [type, setType] = useState(draft?.type ?? defaults.type ?? '');
    const [submitting, setSubmitting] = useState(false);
    const [error, setError] = useState(null);
    const canGenerate = useCan('member');
    // The catalog and the last turn arrive after the first render: fill in what is still empty.
    useEffect(() => {
        if (!framework)
            setFramework(defaults.framework ?? catalog?.frameworks[0]?.id ?? '');
        if (!type)
            setType(defaults.type ?? catalog?.types[0]?.id ?? '');
    }, [catalog, defaults.framework, defaults.type, framework, type]);
    useEffect(() => {
        saveDraft(projectId, { text, framework, type });
    }, [projectId, text, framework, type]);
    const submit = async (e) => {
        e?.preventDefault();
        if (busy || submitting || !canGenerate)
            return;
        setSubmitting(true);
        setError(null);
        try {
            await onGenerate({ description: text, framework, type });
            setText('');
        }
        catch (err) {
            setError(err);
        }
        finally {
            setSubmitting(false);
        }
    };
    const onKeyDown = (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
        }
    };
    const count = codePoints(text);
    const over = count > MAX_PROMPT;
    const descriptionError = fieldMessage(t, error, 'description');
    const showGeneral = !(isApiError(error) && error.code === 'validation' && error.fieldErrors.length > 0);
    const selectedType = catalog?.types.find((x) => x.id === type);
    return (_jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-3", "aria-label": t('prompt.formLabel'), children: [_jsxs("div", { className: "flex flex-col gap-1", children: [_jsx("label", { htmlFor: textId, className: "text-sm font-medium text-fg", children: followUp ? t('prompt.labelFollowUp') : t('prompt.label') }), _jsx("textarea", { id: textId, name: "description", rows: 3, value: text, onChange: (e) => setText(e.target.value), onKeyDown: onKeyDown, placeholder: followUp ? t('prompt.placeholderFollowUp') : t('prompt.placeholder'), "aria-invalid": descriptionError || over ? true : undefined, disabled: !canGenerate, "aria-describedby": `${canGenerate ? '' : `${textId}-readonly `}${textId}-help${descriptionError ? ` ${textId}-error` : ''}`, className: "max-h-64 min-h-20 w-full resize-y rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted aria-[invalid=true]:border-danger" }), !canGenerate && (_jsx("p", { id: `${textId}-readonly`, className: "text-sm text-muted", "data-testid": "prompt-readonly", children: t('roles.viewerCannotGenerate') })), descriptionError && (_jsx("p", { id: `${textId}-error`, className: "text-sm text-danger", "data-testid": "prompt-error", children: descriptionError })), _jsxs("div", { id: `${textId}-help`, className: "flex justify-between gap-2 text-xs text-muted", children: [_jsx("span", { children: isMac ? t('prompt.shortcutMac') : t('prompt.shortcut') }), _jsx("span", { className: over ? 'font-medium text-danger' : '', children: t('prompt.count', { chars: count, max: MAX_PROMPT }) })] })] }), _jsxs("div", { className: "grid grid-cols-2 gap-2", children: [_jsx(SelectField, { label: t('prompt.framework'), value: framework, onChange: (e) => setFramework(e.target.value), error: fieldMessage(t, error, 'framework'), disabled: !catalog || !canGenerate, children: catalog?.frameworks.map((f) => (_jsx("option", { value: f.id, children: f.label }, f.id))) }), _jsx(SelectField, { label: t('prompt.type'), value: type, onChange: (e) => setType(e.target.value), error: fieldMessage(t, error, 'type'), disabled: !catalog || !canGenerate, title: selectedType?.description, children: catalog?.types.map((x) => (_jsx("option", { value: x.id, children: t(`catalog.types.${x.id}`, { defaultValue: x.label }) }, x.id))) })] }), showGeneral && _jsx(ErrorAlert, { error: error }), _jsxs("div", { className: "flex items-center justify-end gap-3", children: [busy && _jsx("span", { className: "text-xs text-muted", children: t('prompt.waitForRun') }), _jsx(Button, { type: "submit", variant: "primary", busy: submitting, disabled: busy || !catalog || !canGenerate, title: canGenerate ? undefined : t('roles.viewerCannotGenerate'), children: followUp ? t('prompt.submitFollowUp') : t('prompt.submit') })] })] }));
}
