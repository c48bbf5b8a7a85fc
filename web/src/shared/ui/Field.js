import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId } from 'react';
const CONTROL = 'w-full rounded-md border bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted focus-visible:outline-2 aria-[invalid=true]:border-danger';
function Frame({ id, label, error, hint, hideLabel, children, }) {
    return (_jsxs("div", { className: "flex flex-col gap-1", children: [_jsx("label", { htmlFor: id, className: hideLabel ? 'sr-only' : 'text-sm font-medium text-fg', children: label }), children, hint && !error && (_jsx("div", { id: `${id}-hint`, className: "text-xs text-muted", children: hint })), error && (_jsx("div", { id: `${id}-error`, className: "text-sm text-danger", children: error }))] }));
}
function describedBy(id, error, hint) {
    return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}
export function TextField({ label, error, hint, hideLabel, className = '', ...input }) {
    const id = useId();
    return (_jsx(Frame, { id: id, label: label, error: error, hint: hint, hideLabel: hideLabel, children: _jsx("input", { id: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, error, hint), className: `${CONTROL} border-border ${className}`, ...input }) }));
}
export function TextArea({ label, error, hint, hideLabel, className = '', ...input }) {
    const id = useId();
    return (_jsx(Frame, { id: id, label: label, error: error, hint: hint, hideLabel: hideLabel, children: _jsx("textarea", { id: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, error, hint), className: `${CONTROL} border-border resize-y ${className}`, ...input }) }));
}
export function SelectField({ label, error, hint, hideLabel, className = '', children, ...select }) {
    const id = useId();
    return (_jsx(Frame, { id: id, label: label, error: error, hint: hint, hideLabel: hideLabel, children: _jsx("select", { id: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, error, hint), className: `${CONTROL} border-border py-1.5 ${className}`, ...select, children: children }) }));
}
