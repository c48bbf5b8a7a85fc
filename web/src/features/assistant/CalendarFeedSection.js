import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { dateTime } from '../../shared/format/format';
import { assistantApi } from './api';
/** The private calendar link (tasks with a date and reminders) a calendar app can subscribe to. */
export function CalendarFeedSection() {
    const { t, i18n } = useTranslation();
    const toast = useToast();
    const { data, setData, error, reload } = useLoader(assistantApi.calendarFeed);
    const [confirm, setConfirm] = useState(null);
    const [busy, setBusy] = useState(false);
    const [actionError, setActionError] = useState(null);
    const unavailable = isApiError(error) && error.status === 404;
    const create = async () => {
        setBusy(true);
        setActionError(null);
        try {
            setData(await assistantApi.createCalendarFeed());
        }
        catch (e) {
            setActionError(e);
        }
        finally {
            setBusy(false);
        }
    };
    const copy = async (url) => {
        try {
            await navigator.clipboard.writeText(url);
            toast(t('assistant.calendar.copied'));
        }
        catch {
            toast(t('assistant.calendar.copyFailed'), 'error');
        }
    };
    return (_jsxs(Section, { title: t('assistant.calendar.title'), testId: "calendar-feed", children: [_jsx("p", { className: "mb-3 text-sm text-muted", children: t('assistant.calendar.intro') }), unavailable ? (_jsx("p", { className: "text-sm text-muted", children: t('assistant.calendar.unavailable') })) : error ? (_jsx(ErrorAlert, { error: error, onRetry: reload })) : data === null ? (_jsx(Loading, {})) : data.url || data.createdAt ? (_jsx(FeedLink, { feed: data, language: i18n.language, busy: busy, onCopy: copy, onConfirm: setConfirm })) : (_jsx(Button, { variant: "primary", className: "min-h-11", busy: busy, onClick: () => void create(), children: t('assistant.calendar.create') })), actionError !== null && _jsx(ErrorAlert, { error: actionError, className: "mt-3" }), confirm && (_jsx(ConfirmDialog, { title: confirm === 'replace' ? t('assistant.calendar.replaceTitle') : t('assistant.calendar.revokeTitle'), confirmLabel: confirm === 'replace' ? t('assistant.calendar.replace') : t('assistant.calendar.revoke'), danger: confirm === 'revoke', onClose: () => setConfirm(null), onConfirm: async () => {
                    if (confirm === 'replace') {
                        setData(await assistantApi.createCalendarFeed());
                    }
                    else {
                        await assistantApi.revokeCalendarFeed();
                        setData({ url: null, createdAt: null });
                    }
                    setConfirm(null);
                }, children: _jsx("p", { className: "text-sm text-fg", children: t('assistant.calendar.oldStops') }) }))] }));
}
function FeedLink({ feed, language, busy, onCopy, onConfirm, }) {
    const { t } = useTranslation();
    // Only a hash of the secret is stored: the link is shown once, when made; later only that it exists.
    if (!feed.url) {
        return (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { className: "text-sm text-fg", children: t('assistant.calendar.activeHidden', {
                        date: feed.createdAt ? dateTime(feed.createdAt, language) : '',
                    }) }), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { variant: "primary", className: "min-h-11", busy: busy, onClick: () => onConfirm('replace'), children: t('assistant.calendar.replace') }), _jsx(Button, { variant: "ghostDanger", className: "min-h-11", onClick: () => onConfirm('revoke'), children: t('assistant.calendar.revoke') })] })] }));
    }
    // Without a configured public URL the server answers a path: a calendar app needs the whole address.
    const url = new URL(feed.url, window.location.origin).toString();
    return (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsx(TextField, { label: t('assistant.calendar.url'), value: url, readOnly: true, onFocus: (e) => e.target.select(), hint: feed.createdAt ? t('assistant.calendar.createdAt', { date: dateTime(feed.createdAt, language) }) : undefined, className: "min-h-11 font-mono text-sm" }), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { variant: "primary", className: "min-h-11", onClick: () => void onCopy(url), children: t('assistant.calendar.copy') }), _jsx(Button, { className: "min-h-11", busy: busy, onClick: () => onConfirm('replace'), children: t('assistant.calendar.replace') }), _jsx(Button, { variant: "ghostDanger", className: "min-h-11", onClick: () => onConfirm('revoke'), children: t('assistant.calendar.revoke') })] })] }));
}
