import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { dateTime, fileSize, relativeTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../shared/ui/States';
import { DiffView } from './DiffView';
import { useCan } from '../../shared/org/OrganizationContext';
import { DownloadButton } from './DownloadButton';
import { VersionSelect } from './VersionSelect';
import { ClockIcon, RestoreIcon } from '../../shared/ui/Icons';
/** Every version, newest first, to open, preview, download or restore, and a diff between any two. */
export function HistoryPanel({ projectId, projectName, versions, currentVersion, generations, busy, onOpen, onRestored, }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const [from, setFrom] = useState(versions[1]?.number ?? versions[0]?.number ?? 0);
    const [to, setTo] = useState(versions[0]?.number ?? 0);
    const [mode, setMode] = useState('unified');
    const [restoring, setRestoring] = useState(null);
    // Restoring makes a version: viewers of the organisation cannot.
    const canRestore = useCan('member');
    const newest = versions[0]?.number ?? 0;
    // A new version (generated or restored) becomes the right side of the comparison.
    useEffect(() => {
        if (versions.length === 0)
            return;
        setTo(versions[0].number);
        setFrom((f) => (versions.some((v) => v.number === f) && f !== versions[0].number ? f : (versions[1]?.number ?? versions[0].number)));
    }, [newest]);
    if (versions.length === 0) {
        return (_jsx(EmptyState, { title: t('versions.empty.title'), icon: _jsx(ClockIcon, { className: "h-10 w-10" }), children: t('versions.empty.body') }));
    }
    const promptOf = (v) => generations.find((g) => g.id === v.generationId)?.description;
    return (_jsxs("div", { className: "flex h-full min-h-0 flex-col overflow-auto", children: [_jsxs("section", { "aria-labelledby": "compare-heading", className: `flex flex-col border-b border-border ${versions.length > 1 ? 'min-h-[24rem]' : ''}`, children: [_jsxs("div", { className: "flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border px-3 py-2", children: [_jsx("h2", { id: "compare-heading", className: "text-sm font-semibold text-fg", children: t('diff.title') }), versions.length < 2 ? null : (_jsxs(_Fragment, { children: [_jsx(VersionSelect, { versions: versions, value: from, onChange: setFrom, label: t('diff.from') }), _jsx(VersionSelect, { versions: versions, value: to, onChange: setTo, label: t('diff.to') }), _jsx("div", { role: "radiogroup", "aria-label": t('diff.mode'), className: "flex overflow-hidden rounded-md border border-border", children: ['unified', 'split'].map((m) => (_jsx("button", { type: "button", role: "radio", "aria-checked": mode === m, onClick: () => setMode(m), className: `px-2 py-1 text-xs ${mode === m ? 'bg-accent text-accent-fg' : 'bg-surface text-fg hover:bg-surface-2'}`, children: t(`diff.modes.${m}`) }, m))) })] }))] }), versions.length < 2 ? (_jsx("p", { className: "p-3 text-sm text-muted", children: t('diff.needTwo') })) : (_jsx(DiffView, { projectId: projectId, from: from, to: to, mode: mode }))] }), _jsxs("section", { "aria-labelledby": "versions-heading", className: "p-3", children: [_jsx("h2", { id: "versions-heading", className: "mb-2 text-sm font-semibold text-fg", children: t('versions.title') }), _jsx("ol", { className: "flex flex-col gap-2", children: versions.map((v) => {
                            const prompt = promptOf(v);
                            const current = v.number === currentVersion;
                            return (_jsxs("li", { "data-testid": "version-row", "data-version": v.number, className: "flex flex-col gap-2 rounded-lg border border-border bg-surface p-3", children: [_jsxs("div", { className: "flex flex-wrap items-center gap-2", children: [_jsx("h3", { className: "text-sm font-semibold text-fg", children: t('versions.name', { version: v.number }) }), current && (_jsx("span", { className: "rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-fg", children: t('versions.current') })), _jsxs("span", { className: "text-xs text-muted", children: [t('versions.meta', { count: v.fileCount, size: fileSize(v.totalBytes, lang) }), " \u00B7", ' ', _jsx("time", { dateTime: v.createdAt, title: dateTime(v.createdAt, lang), children: relativeTime(v.createdAt, lang) })] })] }), v.summary && _jsx("p", { className: "text-sm text-fg", children: v.summary }), prompt && (_jsxs("p", { className: "line-clamp-2 text-xs text-muted", children: [t('versions.prompt'), " \u201C", prompt, "\u201D"] })), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { size: "sm", onClick: () => onOpen(v.number, 'code'), children: t('versions.viewCode') }), _jsx(Button, { size: "sm", onClick: () => onOpen(v.number, 'preview'), children: t('versions.preview') }), _jsx(DownloadButton, { projectId: projectId, projectName: projectName, version: v.number }), !current && canRestore && (_jsxs(Button, { size: "sm", onClick: () => setRestoring(v.number), disabled: busy, title: busy ? t('versions.restoreBusy') : undefined, "aria-label": t('versions.restoreLabel', { version: v.number }), children: [_jsx(RestoreIcon, {}), " ", t('versions.restore')] }))] })] }, v.number));
                        }) })] }), restoring !== null && (_jsx(ConfirmDialog, { title: t('versions.restoreTitle', { version: restoring }), confirmLabel: t('versions.restoreConfirm'), onClose: () => setRestoring(null), onConfirm: async () => {
                    const created = await endpoints.restore(projectId, restoring);
                    onRestored(created, restoring);
                }, children: _jsx(Trans, { i18nKey: "versions.restoreBody", values: { version: restoring, next: newest + 1 }, components: { b: _jsx("strong", {}) } }) }))] }));
}
