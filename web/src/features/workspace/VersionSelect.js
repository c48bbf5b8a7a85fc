import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
export function VersionSelect({ versions, value, onChange, label, }) {
    const { t } = useTranslation();
    const id = useId();
    const newest = versions[0]?.number;
    return (_jsxs("div", { className: "flex items-center gap-2", children: [_jsx("label", { htmlFor: id, className: "text-sm text-muted", children: label }), _jsx("select", { id: id, value: value, onChange: (e) => onChange(Number(e.target.value)), className: "rounded-md border border-border bg-surface px-2 py-1 text-sm text-fg", children: versions.map((v) => (_jsx("option", { value: v.number, children: v.number === newest
                        ? t('versions.optionLatest', { version: v.number })
                        : t('versions.option', { version: v.number }) }, v.number))) })] }));
}
