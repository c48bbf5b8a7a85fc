import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/Button';
import { CopyButton } from './CopyButton';
/**
 * Recovery codes, shown this once: copy them, download them as a text file, and say they are saved
 * before leaving. Focus moves here so a screen reader announces them.
 */
export function RecoveryCodesPanel({ codes, onDone }) {
    const { t } = useTranslation();
    const [saved, setSaved] = useState(false);
    const headingId = useId();
    const heading = useRef(null);
    const text = codes.join('\n') + '\n';
    useEffect(() => {
        heading.current?.focus();
    }, []);
    const download = () => {
        const url = URL.createObjectURL(new Blob([`${t('mfa.codes.fileHeader')}\n\n${text}`], { type: 'text/plain' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = 'vectort-recovery-codes.txt';
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
    };
    return (_jsxs("div", { role: "region", "aria-labelledby": headingId, className: "flex flex-col gap-3", "data-testid": "recovery-codes", children: [_jsx("h3", { id: headingId, ref: heading, tabIndex: -1, className: "text-base font-semibold text-fg outline-none", children: t('mfa.codes.title') }), _jsx("p", { className: "text-sm text-muted", children: t('mfa.codes.explanation') }), _jsx("ol", { className: "grid grid-cols-1 gap-x-6 gap-y-1 rounded-md border border-border bg-surface-2 p-3 font-mono text-sm text-fg sm:grid-cols-2", children: codes.map((code) => (_jsx("li", { "data-testid": "recovery-code", className: "break-all", children: code }, code))) }), _jsxs("div", { className: "flex flex-wrap items-center gap-2", children: [_jsx(CopyButton, { text: text, label: t('mfa.codes.copy') }), _jsx(Button, { size: "sm", onClick: download, children: t('mfa.codes.download') })] }), _jsxs("label", { className: "flex items-center gap-2 text-sm text-fg", children: [_jsx("input", { type: "checkbox", checked: saved, onChange: (e) => setSaved(e.target.checked) }), t('mfa.codes.saved')] }), _jsx("div", { children: _jsx(Button, { variant: "primary", disabled: !saved, onClick: onDone, children: t('mfa.codes.done') }) })] }));
}
