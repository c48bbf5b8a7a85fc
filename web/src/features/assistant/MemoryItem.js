import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { assistantApi } from './api';
/** One remembered fact with its dates; edited in place (the person's own correction). */
export function MemoryItem({ memory, onChanged, onForget }) {
    const { t, i18n } = useTranslation();
    const [editing, setEditing] = useState(null);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const older = memory.supersededBy !== null;
    const save = async () => {
        if (editing === null || !editing.trim())
            return;
        setBusy(true);
        setError(null);
        try {
            await assistantApi.editMemory(memory.id, editing.trim());
            setEditing(null);
            onChanged();
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(false);
        }
    };
    return (_jsxs("li", { "data-testid": "memory", className: `flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 ${older ? 'opacity-70' : ''}`, children: [editing === null ? (_jsx("p", { className: "text-base break-words text-fg", children: memory.fact })) : (_jsxs("form", { onSubmit: (e) => {
                    e.preventDefault();
                    void save();
                }, className: "flex flex-col gap-2", children: [_jsx(TextField, { label: t('assistant.memory.editLabel'), value: editing, maxLength: 500, autoFocus: true, onChange: (e) => setEditing(e.target.value), onKeyDown: (e) => e.key === 'Escape' && setEditing(null), className: "min-h-11 text-base" }), _jsxs("div", { className: "flex gap-2", children: [_jsx(Button, { type: "submit", variant: "primary", busy: busy, className: "min-h-11", children: t('assistant.memory.save') }), _jsx(Button, { className: "min-h-11", onClick: () => setEditing(null), children: t('assistant.memory.cancel') })] })] })), _jsxs("p", { className: "flex flex-wrap gap-x-3 text-xs text-muted", children: [_jsx("span", { children: t('assistant.memory.added', { date: dateTime(memory.createdAt, i18n.language) }) }), memory.updatedAt !== memory.createdAt && (_jsx("span", { children: t('assistant.memory.updated', { date: dateTime(memory.updatedAt, i18n.language) }) })), memory.expiresAt && _jsx("span", { children: t('assistant.memory.expires', { date: dateTime(memory.expiresAt, i18n.language) }) }), older && _jsx("span", { children: t('assistant.memory.older') })] }), editing === null && (_jsxs("div", { className: "flex gap-2", children: [_jsx(Button, { size: "sm", className: "min-h-11 min-w-16", "aria-label": t('assistant.memory.editNamed', { fact: memory.fact }), onClick: () => setEditing(memory.fact), children: t('assistant.memory.edit') }), _jsx(Button, { size: "sm", variant: "ghostDanger", className: "min-h-11 min-w-16", "aria-label": t('assistant.memory.forgetNamed', { fact: memory.fact }), onClick: onForget, children: t('assistant.memory.forget') })] })), error !== null && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: describeError(t, error) }))] }));
}
