import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './Icons';
const FOCUSABLE = 'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';
/**
 * A modal dialog: focus moves in (to the first field, or the element marked data-autofocus),
 * Tab stays inside, Escape closes, and focus returns to where it was.
 */
export function Modal({ title, onClose, children, footer, onSubmit, }) {
    const { t } = useTranslation();
    const titleId = useId();
    const panel = useRef(null);
    const onCloseRef = useRef(onClose);
    onCloseRef.current = onClose;
    useEffect(() => {
        const previous = document.activeElement;
        const root = panel.current;
        const preferred = root?.querySelector('[data-autofocus]');
        (preferred ?? root?.querySelector(FOCUSABLE))?.focus();
        const onKey = (e) => {
            if (e.key === 'Escape') {
                e.stopPropagation();
                onCloseRef.current();
            }
            else if (e.key === 'Tab' && root) {
                const items = Array.from(root.querySelectorAll(FOCUSABLE));
                if (items.length === 0)
                    return;
                const first = items[0];
                const last = items[items.length - 1];
                if (e.shiftKey && document.activeElement === first) {
                    e.preventDefault();
                    last.focus();
                }
                else if (!e.shiftKey && document.activeElement === last) {
                    e.preventDefault();
                    first.focus();
                }
            }
        };
        document.addEventListener('keydown', onKey);
        return () => {
            document.removeEventListener('keydown', onKey);
            previous?.focus?.();
        };
    }, []);
    const body = (_jsxs(_Fragment, { children: [_jsx("div", { className: "flex flex-col gap-4 px-5 py-4", children: children }), _jsx("div", { className: "flex flex-wrap justify-end gap-2 border-t border-border px-5 py-3", children: footer })] }));
    return createPortal(_jsx("div", { className: "fixed inset-0 z-50 flex items-end justify-center bg-black/50 p-0 sm:items-center sm:p-4", children: _jsxs("div", { ref: panel, role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, className: "w-full max-w-lg rounded-t-xl border border-border bg-surface text-fg shadow-xl sm:rounded-xl", children: [_jsxs("div", { className: "flex items-center justify-between gap-4 border-b border-border px-5 py-3", children: [_jsx("h2", { id: titleId, className: "text-base font-semibold", children: title }), _jsx("button", { type: "button", onClick: onClose, "aria-label": t('common.close'), className: "rounded p-1 text-muted hover:bg-surface-2 hover:text-fg", children: _jsx(CloseIcon, {}) })] }), onSubmit ? (_jsx("form", { noValidate: true, onSubmit: (e) => {
                        e.preventDefault();
                        onSubmit();
                    }, children: body })) : (body)] }) }), document.body);
}
