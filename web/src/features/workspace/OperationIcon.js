import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
const SYMBOL = { write: '✎', patch: '±', delete: '−', rename: '→' };
/** A file operation as a symbol, with its name for screen readers. */
export function OperationIcon({ operation }) {
    const { t } = useTranslation();
    return (_jsxs("span", { className: "inline-flex w-4 shrink-0 justify-center text-muted", title: t(`operations.${operation}`, { defaultValue: operation }), children: [_jsx("span", { "aria-hidden": "true", children: SYMBOL[operation] ?? '•' }), _jsx("span", { className: "sr-only", children: t(`operations.${operation}`, { defaultValue: operation }) })] }));
}
