import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { Spinner } from '../../shared/ui/Spinner';
import { EmptyState, ErrorAlert } from '../../shared/ui/States';
import { usePreview } from './usePreview';
import { VersionSelect } from './VersionSelect';
import { BlockIcon, PlayIcon, ReloadIcon } from '../../shared/ui/Icons';
/**
 * Generated code runs in an opaque-origin sandbox: scripts and forms yes, but never the app's
 * origin, so it cannot read this page's storage or tokens. Never add allow-same-origin.
 */
export const PREVIEW_SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups';
/** The running app of one version, built by the server when needed. */
export function PreviewPanel({ projectId, versions, version, framework, onVersion, }) {
    const { t } = useTranslation();
    const [attempt, setAttempt] = useState(0);
    const state = usePreview(projectId, version, attempt);
    if (version < 1) {
        return (_jsx(EmptyState, { title: t('preview.empty.title'), icon: _jsx(PlayIcon, { className: "h-10 w-10" }), children: t('preview.empty.body') }));
    }
    return (_jsxs("div", { className: "flex h-full min-h-0 flex-col", children: [_jsxs("div", { className: "flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2", children: [_jsx(VersionSelect, { versions: versions, value: version, onChange: onVersion, label: t('preview.versionLabel') }), _jsxs(Button, { size: "sm", onClick: () => setAttempt((a) => a + 1), "aria-label": t('preview.reloadLabel'), children: [_jsx(ReloadIcon, {}), " ", t('preview.reload')] })] }), _jsxs("div", { className: "relative flex min-h-0 flex-1 flex-col", "aria-live": "polite", "aria-busy": state.phase === 'building' || state.phase === 'loading', children: [(state.phase === 'loading' || state.phase === 'idle') && (_jsxs("p", { role: "status", className: "flex items-center gap-2 p-4 text-sm text-muted", children: [_jsx(Spinner, { size: "sm" }), " ", t('preview.loading')] })), state.phase === 'building' && (_jsxs("div", { role: "status", className: "flex flex-col gap-1 p-4 text-sm text-muted", "data-testid": "preview-building", children: [_jsxs("p", { className: "flex items-center gap-2 font-medium text-fg", children: [_jsx(Spinner, { size: "sm" }), " ", t('preview.building')] }), framework?.preview === 'vite' && _jsx("p", { children: t('preview.buildingHint') })] })), state.phase === 'unavailable' && (_jsx("div", { className: "p-4", "data-testid": "preview-unavailable", children: _jsx(EmptyState, { title: t('preview.unavailable.title'), icon: _jsx(BlockIcon, { className: "h-10 w-10" }), children: _jsx("p", { children: state.reason || t('preview.unavailable.generic') }) }) })), state.phase === 'failed' && (_jsxs("div", { className: "flex flex-col gap-2 p-4", "data-testid": "preview-failed", children: [_jsx("p", { role: "alert", className: "text-sm font-medium text-danger", children: t('preview.failed') }), state.reason && (_jsx("pre", { className: "max-h-80 overflow-auto rounded-md border border-border bg-surface-2 p-3 font-mono text-xs whitespace-pre-wrap text-fg", children: state.reason }))] })), state.phase === 'error' && (_jsx(ErrorAlert, { error: state.error, onRetry: () => setAttempt((a) => a + 1), className: "m-4" })), state.phase === 'ready' && (_jsx("iframe", { src: state.url, title: t('preview.frameTitle', { version }), sandbox: PREVIEW_SANDBOX, referrerPolicy: "no-referrer", className: "h-full min-h-[24rem] w-full flex-1 border-0 bg-white", "data-testid": "preview-frame" }, `${state.url}#${attempt}`))] })] }));
}
