import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { DownloadIcon } from '../../shared/ui/Icons';
import { ErrorAlert } from '../../shared/ui/States';
import { useDataExport } from './useDataExport';
/** "Export my data": starts an export, shows its progress, then the link to download it. */
export function ExportSection() {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const { current, error, starting, start } = useDataExport();
    const inProgress = current?.status === 'queued' || current?.status === 'running';
    const percent = Math.round(Math.min(1, Math.max(0, current?.progress ?? 0)) * 100);
    return (_jsxs("div", { className: "flex flex-col gap-3", "data-testid": "data-export", children: [_jsx("h3", { className: "text-base font-semibold text-fg", children: t('privacy.export.title') }), _jsx("p", { className: "text-sm text-muted", children: t('privacy.export.intro') }), _jsx("div", { children: _jsxs(Button, { onClick: () => void start(), busy: starting, disabled: inProgress, children: [_jsx(DownloadIcon, {}), " ", current && !inProgress ? t('privacy.export.again') : t('privacy.export.start')] }) }), inProgress && (_jsxs("div", { className: "flex flex-col gap-1", children: [_jsx("div", { role: "progressbar", "aria-label": t('privacy.export.progressLabel'), "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": percent, className: "h-2 w-full overflow-hidden rounded-full bg-surface-2", children: _jsx("div", { className: "h-full rounded-full bg-accent transition-[width]", style: { width: `${percent}%` } }) }), _jsx("p", { className: "text-sm text-muted", "aria-live": "polite", children: current?.status === 'queued' ? t('privacy.export.queued') : t('privacy.export.running', { percent }) })] })), current?.status === 'ready' && current.downloadUrl && (_jsxs("p", { role: "status", className: "flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg", children: [_jsxs("a", { href: current.downloadUrl, download: true, className: "inline-flex items-center gap-1 font-medium text-link underline underline-offset-2", children: [_jsx(DownloadIcon, {}), " ", t('privacy.export.download')] }), current.expiresAt && (_jsx("span", { className: "text-muted", children: t('privacy.export.expires', { when: dateTime(current.expiresAt, lang) }) }))] })), current?.status === 'failed' && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: t('privacy.export.failed') })), current?.status === 'expired' && _jsx("p", { className: "text-sm text-muted", children: t('privacy.export.expired') }), _jsx(ErrorAlert, { error: error })] }));
}
