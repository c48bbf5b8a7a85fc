import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { Modal } from '../../shared/ui/Modal';
const SHORTCUTS = [
    [['/'], 'assistant.shortcuts.focus'],
    [['n'], 'assistant.conversations.shortcut'],
    [['g', 'c'], 'assistant.shortcuts.chat'],
    [['g', 'm'], 'assistant.shortcuts.memory'],
    [['g', 's'], 'assistant.shortcuts.settings'],
    [['?'], 'assistant.shortcuts.help'],
];
/** The list of keyboard shortcuts, opened with `?` or the header's button. */
export function ShortcutsHelp({ onClose }) {
    const { t } = useTranslation();
    return (_jsxs(Modal, { title: t('assistant.shortcuts.title'), onClose: onClose, footer: _jsx(Button, { variant: "primary", onClick: onClose, "data-autofocus": true, className: "min-h-11", children: t('assistant.shortcuts.close') }), children: [_jsx("dl", { className: "flex flex-col gap-2 text-sm", children: SHORTCUTS.map(([keys, labelKey]) => (_jsxs("div", { className: "flex items-center justify-between gap-4", children: [_jsx("dt", { className: "flex gap-1", children: keys.map((key) => (_jsx("kbd", { className: "rounded border border-border bg-surface-2 px-2 py-0.5 font-mono text-fg", children: key }, key))) }), _jsx("dd", { className: "text-fg", children: t(labelKey) })] }, labelKey))) }), _jsx("p", { className: "mt-3 text-xs text-muted", children: t('assistant.shortcuts.note') })] }));
}
