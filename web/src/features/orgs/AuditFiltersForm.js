import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { NO_FILTERS } from './auditQuery';
/** Who, what and when: applied together, from the first page. */
export function AuditFiltersForm({ initial, actions, onApply, }) {
    const { t } = useTranslation();
    const [filters, setFilters] = useState(initial);
    const set = (key) => (e) => setFilters((f) => ({ ...f, [key]: e.target.value }));
    const submit = (e) => {
        e.preventDefault();
        onApply(filters);
    };
    return (_jsxs("form", { onSubmit: submit, noValidate: true, "aria-label": t('audit.filters'), className: "flex flex-col gap-3", children: [_jsxs("div", { className: "grid gap-3 sm:grid-cols-2 lg:grid-cols-4", children: [_jsx(TextField, { label: t('audit.actor'), type: "search", name: "actor", value: filters.actor, onChange: set('actor') }), _jsx(TextField, { label: t('audit.action'), type: "search", name: "action", list: "audit-actions", value: filters.action, onChange: set('action') }), _jsx(TextField, { label: t('audit.from'), type: "date", name: "from", value: filters.from, onChange: set('from') }), _jsx(TextField, { label: t('audit.to'), type: "date", name: "to", value: filters.to, min: filters.from || undefined, onChange: set('to') })] }), _jsx("datalist", { id: "audit-actions", children: actions.map((action) => (_jsx("option", { value: action }, action))) }), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { type: "submit", variant: "primary", children: t('audit.apply') }), _jsx(Button, { onClick: () => {
                            setFilters(NO_FILTERS);
                            onApply(NO_FILTERS);
                        }, children: t('audit.clear') })] })] }));
}
