import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, relativeTime } from '../../shared/format/format';
import { EmptyState } from '../../shared/ui/States';
import { LiveProgress } from './LiveProgress';
import { ChatIcon, GearIcon, SparkIcon } from '../../shared/ui/Icons';
const STATUS_TONE = {
    succeeded: 'bg-success-bg text-success',
    failed: 'bg-danger-bg text-danger',
    cancelled: 'bg-surface-2 text-muted',
    queued: 'bg-accent-soft text-fg',
    running: 'bg-accent-soft text-fg',
};
function GeneratorBadge({ generation }) {
    const { t } = useTranslation();
    const ai = generation.generator.kind === 'llm';
    return (_jsxs("span", { className: "inline-flex items-center gap-1 rounded-full border border-border px-2 py-0.5 text-xs text-muted", title: t('turn.generatorTitle'), "data-testid": "generator-label", children: [ai ? _jsx(SparkIcon, { className: "h-3 w-3" }) : _jsx(GearIcon, { className: "h-3 w-3" }), generation.generator.label] }));
}
function Turn({ generation, streaming, catalog, onShowVersion, onFinished, }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const framework = catalog?.frameworks.find((f) => f.id === generation.framework)?.label ?? generation.framework;
    const type = t(`catalog.types.${generation.type}`, {
        defaultValue: catalog?.types.find((x) => x.id === generation.type)?.label ?? generation.type,
    });
    // A turn started on this page streams to its end even when it finished before the stream
    // caught up (a cached answer, a fast model): the person still sees their files arrive.
    const active = streaming || generation.status === 'queued' || generation.status === 'running';
    return (_jsxs("li", { className: "flex flex-col gap-2", "data-testid": "turn", "data-status": generation.status, children: [_jsxs("div", { className: "ml-6 self-end rounded-2xl rounded-br-sm bg-accent-soft px-4 py-3 text-sm text-fg sm:ml-12", children: [_jsx("p", { className: "break-words whitespace-pre-wrap", children: generation.description }), _jsxs("p", { className: "mt-2 text-xs text-muted", children: [t('turn.meta', { framework, type }), " \u00B7", ' ', _jsx("time", { dateTime: generation.createdAt, title: dateTime(generation.createdAt, lang), children: relativeTime(generation.createdAt, lang) })] })] }), _jsxs("div", { className: "mr-6 rounded-2xl rounded-bl-sm border border-border bg-surface px-4 py-3 text-sm sm:mr-12", children: [_jsxs("div", { className: "mb-2 flex flex-wrap items-center gap-2", children: [_jsx(GeneratorBadge, { generation: generation }), !active && (_jsx("span", { className: `rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[generation.status] ?? ''}`, children: t(`status.${generation.status}`) })), generation.cacheHit && (_jsx("span", { className: "rounded-full border border-border px-2 py-0.5 text-xs text-muted", title: t('turn.cacheHitTitle', { layer: generation.cacheHit }), "data-testid": "cache-hit-badge", children: t('turn.cacheHit') }))] }), active && _jsx(LiveProgress, { generation: generation, onFinished: (state) => onFinished(generation, state) }), !active && generation.status === 'succeeded' && (_jsxs("div", { className: "flex flex-col gap-2", children: [_jsx("p", { className: "whitespace-pre-wrap text-fg", "data-testid": "turn-summary", children: generation.summary || t('turn.noSummary') }), generation.version != null && (_jsx("button", { type: "button", onClick: () => onShowVersion(generation.version), className: "self-start rounded-md border border-border px-2 py-1 text-xs font-medium text-link hover:bg-surface-2", children: t('turn.showVersion', { version: generation.version }) }))] })), !active && generation.status === 'failed' && (_jsxs("div", { className: "flex flex-col gap-1 text-danger", children: [_jsx("p", { children: t('turn.failed') }), generation.error && (_jsxs("p", { className: "text-xs break-words", children: [generation.error.message, generation.error.code && _jsxs("span", { className: "text-muted", children: [" (", generation.error.code, ")"] })] }))] })), !active && generation.status === 'cancelled' && _jsx("p", { className: "text-muted", children: t('turn.cancelled') })] })] }));
}
/** The project's turns, oldest first: each prompt with its outcome, and live progress for the one in flight. */
export function Conversation({ generations, streaming = new Set(), catalog, onShowVersion, onFinished, }) {
    const { t } = useTranslation();
    const end = useRef(null);
    const ordered = [...generations].reverse();
    useEffect(() => {
        end.current?.scrollIntoView?.({ block: 'end' });
    }, [generations.length]);
    if (ordered.length === 0) {
        return (_jsx(EmptyState, { title: t('conversation.empty.title'), icon: _jsx(ChatIcon, { className: "h-10 w-10" }), children: t('conversation.empty.body') }));
    }
    return (_jsxs(_Fragment, { children: [_jsx("ol", { className: "flex flex-col gap-6", "aria-label": t('conversation.label'), children: ordered.map((g) => (_jsx(Turn, { generation: g, streaming: streaming.has(g.id), catalog: catalog, onShowVersion: onShowVersion, onFinished: onFinished }, g.id))) }), _jsx("div", { ref: end })] }));
}
