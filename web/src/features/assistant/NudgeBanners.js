import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { assistantApi } from './api';
import { useNudges } from './useNudges';
export const SNOOZE_MINUTES = 10;
/**
 * Reminders that are due, as calm banners at the top of the Assistant's pages: one clear action
 * ("Done") and one way to put it off ("Snooze 10 min"). `onHandled` lets the page refresh its lists;
 * with a `label` they float at the bottom of the screen in a region of that name (other pages).
 */
export function NudgeBanners({ onHandled, label }) {
    const { nudges, dismiss } = useNudges();
    if (nudges.length === 0)
        return null;
    const banners = (_jsx("div", { className: "flex flex-col gap-2", "data-testid": "nudges", children: nudges.map((nudge) => (_jsx(NudgeBanner, { nudge: nudge, onDone: () => { dismiss(nudge.id); onHandled?.(); } }, nudge.id))) }));
    // Outside the Assistant's pages they float above the page, as a landmark of their own.
    return label ? (_jsx("aside", { "aria-label": label, className: "pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center px-3 pb-3 sm:pb-4", children: _jsx("div", { className: "pointer-events-auto w-full max-w-xl", children: banners }) })) : (banners);
}
function NudgeBanner({ nudge, onDone }) {
    const { t } = useTranslation();
    const [busy, setBusy] = useState(null);
    const [error, setError] = useState(null);
    const act = async (kind) => {
        setBusy(kind);
        setError(null);
        try {
            if (kind === 'snooze' && nudge.reminderId)
                await assistantApi.snooze(nudge.reminderId, SNOOZE_MINUTES);
            await assistantApi.acknowledge(nudge.id);
            onDone();
        }
        catch (e) {
            setError(e);
            setBusy(null);
        }
    };
    if (nudge.kind === 'morning_plan' || nudge.kind === 'evening_review') {
        return _jsx(CheckInBanner, { nudge: nudge, busy: busy !== null, error: error, onDone: () => void act('done') });
    }
    const text = nudge.escalationStep > 0 ? t('assistant.nudge.again', { text: nudge.text }) : t('assistant.nudge.first', { text: nudge.text });
    return (_jsxs("div", { role: "status", "data-testid": "nudge", className: "flex flex-col gap-3 rounded-xl border border-accent/40 bg-surface px-4 py-3 shadow-sm sm:flex-row sm:items-center", children: [_jsx("p", { className: "min-w-0 flex-1 text-base break-words text-fg", children: text }), _jsxs("div", { className: "flex gap-2", children: [_jsx(Button, { variant: "primary", className: "min-h-11 flex-1 sm:flex-none", busy: busy === 'done', disabled: busy !== null, onClick: () => void act('done'), children: t('assistant.nudge.done') }), _jsx(Button, { className: "min-h-11 flex-1 sm:flex-none", busy: busy === 'snooze', disabled: busy !== null, onClick: () => void act('snooze'), children: t('assistant.nudge.snooze', { minutes: SNOOZE_MINUTES }) })] }), error !== null && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: describeError(t, error) }))] }));
}
/** A daily check-in: the plan or review as written by the server, and one way to put it away. */
function CheckInBanner({ nudge, busy, error, onDone }) {
    const { t } = useTranslation();
    const title = nudge.kind === 'morning_plan' ? t('assistant.checkins.morningTitle') : t('assistant.checkins.eveningTitle');
    return (_jsxs("div", { role: "status", "data-testid": "nudge", className: "flex flex-col gap-2 rounded-xl border border-accent/40 bg-surface px-4 py-3 shadow-sm", children: [_jsx("p", { className: "text-base font-semibold text-fg", children: title }), _jsx("p", { className: "text-base break-words whitespace-pre-line text-fg", children: nudge.text }), _jsx("div", { children: _jsx(Button, { variant: "primary", className: "min-h-11", busy: busy, onClick: onDone, children: t('assistant.checkins.gotIt') }) }), error !== null && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: describeError(t, error) }))] }));
}
