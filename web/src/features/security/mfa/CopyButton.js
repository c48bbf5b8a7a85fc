import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/Button';
/** Copies text to the clipboard and says so (politely, for screen readers). */
export function CopyButton({ text, label }) {
    const { t } = useTranslation();
    const [state, setState] = useState('idle');
    const copy = async () => {
        try {
            await navigator.clipboard.writeText(text);
            setState('copied');
        }
        catch {
            setState('failed');
        }
    };
    return (_jsxs("span", { className: "inline-flex items-center gap-2", children: [_jsx(Button, { size: "sm", onClick: () => void copy(), children: label }), _jsx("span", { role: "status", className: "text-sm text-muted", children: state === 'copied' ? t('mfa.copied') : state === 'failed' ? t('mfa.copyFailed') : '' })] }));
}
