import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { fileSize } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { Spinner } from '../../shared/ui/Spinner';
import { ErrorAlert } from '../../shared/ui/States';
import { OperationIcon } from './OperationIcon';
import { useGenerationStream } from './useGenerationStream';
const TAIL_LINES = 14;
function statusText(t, state, connection) {
    if (connection === 'reconnecting')
        return t('live.reconnecting');
    if (state.status === 'queued')
        return state.retrying ? t('live.retrying') : t('live.queued');
    if (state.status === 'running') {
        return state.attempt > 1 ? t('live.runningAttempt', { attempt: state.attempt }) : t('live.running');
    }
    return t(`status.${state.status}`);
}
/** Live progress of the generation in flight: status, files one by one, the streamed text, cancel. */
export function LiveProgress({ generation, onFinished, }) {
    const { t, i18n } = useTranslation();
    const { state, connection, error } = useGenerationStream(generation, onFinished);
    const [cancelling, setCancelling] = useState(false);
    const [cancelError, setCancelError] = useState(null);
    const [announcement, setAnnouncement] = useState('');
    const lang = i18n.resolvedLanguage ?? 'en';
    const current = [...state.files].reverse().find((f) => !f.done) ?? state.files[state.files.length - 1];
    const tail = current?.text.split('\n').slice(-TAIL_LINES).join('\n') ?? '';
    const doneCount = state.files.filter((f) => f.done).length;
    const status = statusText(t, state, connection);
    // Screen readers hear status changes and finished files, not every streamed character.
    const lastStatus = useRef('');
    useEffect(() => {
        if (status !== lastStatus.current) {
            lastStatus.current = status;
            setAnnouncement(status);
        }
    }, [status]);
    useEffect(() => {
        if (doneCount > 0)
            setAnnouncement(t('live.filesDone', { count: doneCount }));
    }, [doneCount, t]);
    const cancel = async () => {
        setCancelling(true);
        setCancelError(null);
        try {
            await endpoints.cancel(generation.id);
        }
        catch (e) {
            // Finished meanwhile: the stream's final event tells the rest.
            if (!(isApiError(e) && e.code === 'generation-finished'))
                setCancelError(e);
            setCancelling(false);
        }
    };
    const pre = useRef(null);
    useEffect(() => {
        if (pre.current)
            pre.current.scrollTop = pre.current.scrollHeight;
    }, [tail]);
    // Keep the newest file in view as the list grows (without stealing focus).
    const end = useRef(null);
    useEffect(() => {
        end.current?.scrollIntoView?.({ block: 'nearest' });
    }, [state.files.length]);
    return (_jsxs("div", { className: "flex flex-col gap-3", "data-testid": "live-progress", children: [_jsx("div", { className: "sr-only", "aria-live": "polite", "aria-atomic": "true", children: announcement }), _jsxs("div", { className: "flex flex-wrap items-center justify-between gap-2", children: [_jsxs("p", { className: "flex items-center gap-2 text-sm font-medium text-fg", "data-testid": "live-status", children: [_jsx(Spinner, { size: "sm", className: "text-accent" }), status] }), _jsx(Button, { size: "sm", variant: "secondary", onClick: cancel, busy: cancelling, children: t('live.cancel') })] }), state.narrative && _jsx("p", { className: "text-sm whitespace-pre-wrap text-muted", children: state.narrative.trim() }), state.files.length > 0 && (_jsx("ol", { className: "flex flex-col gap-1", "aria-label": t('live.filesLabel'), children: state.files.map((file, index) => (_jsxs("li", { "data-testid": "live-file", className: "flex items-center gap-2 rounded-md bg-surface-2 px-2 py-1 font-mono text-xs text-fg", children: [_jsx(OperationIcon, { operation: file.operation }), _jsxs("span", { className: "min-w-0 flex-1 truncate", title: file.path, children: [file.path, file.to ? ` → ${file.to}` : ''] }), file.done ? (_jsxs("span", { className: "shrink-0 text-success", children: [_jsx("span", { "aria-hidden": "true", children: "\u2713 " }), file.bytes !== undefined ? fileSize(file.bytes, lang) : t('live.done')] })) : (_jsx("span", { className: "shrink-0 text-muted", children: t('live.writing') }))] }, `${file.path}-${index}`))) })), tail && (_jsx("pre", { ref: pre, "aria-label": t('live.streamLabel', { path: current?.path ?? '' }), className: "max-h-56 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-5 text-fg", children: tail })), error != null && _jsx(ErrorAlert, { error: error }), cancelError != null && _jsx("p", { className: "text-sm text-danger", children: describeError(t, cancelError) }), _jsx("div", { ref: end })] }));
}
