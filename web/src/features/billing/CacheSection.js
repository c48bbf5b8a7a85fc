import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi } from './api';
import { percent } from './format';
import { Section } from '../../shared/ui/Section';
import { useLoader } from '../../shared/api/useLoader';
const loadCache = async (signal) => {
    const [stats, settings] = await Promise.all([billingApi.cacheStats(signal), billingApi.cacheSettings(signal)]);
    return { stats, settings };
};
const LAYERS = ['l1', 'l2', 'l3', 'similar'];
/** Hits and misses of the response cache, the similar-prompt opt-in, and forgetting everything. */
export function CacheSection() {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const toggleId = useId();
    const { data, setData, error, reload } = useLoader(loadCache);
    const stats = data?.stats ?? null;
    const settings = data?.settings ?? null;
    const [saving, setSaving] = useState(false);
    const [saveError, setSaveError] = useState(null);
    const [confirming, setConfirming] = useState(false);
    const [cleared, setCleared] = useState(null);
    const toggle = async (on) => {
        if (!settings)
            return;
        setSaving(true);
        setSaveError(null);
        try {
            const saved = await billingApi.updateCacheSettings({
                similar_prompts: on,
                similarity_threshold: settings.similarity_threshold,
            });
            setData((current) => (current ? { ...current, settings: saved } : current));
        }
        catch (e) {
            setSaveError(e);
        }
        finally {
            setSaving(false);
        }
    };
    return (_jsxs(Section, { title: t('cache.title'), testId: "cache-stats", actions: _jsx(Button, { variant: "ghostDanger", size: "sm", onClick: () => setConfirming(true), disabled: stats === null, children: t('cache.clear.action') }), children: [error != null && _jsx(ErrorAlert, { error: error, onRetry: reload }), stats === null && error == null && _jsx(Loading, {}), stats !== null && settings !== null && (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { className: "text-sm text-muted", children: t('cache.intro') }), _jsx("dl", { className: "grid grid-cols-2 gap-3 sm:grid-cols-4", children: [
                            ['hits', number(stats.hits, lang)],
                            ['misses', number(stats.misses, lang)],
                            ['hitRate', percent(stats.hit_rate, lang)],
                            ['entries', number(stats.entries, lang)],
                        ].map(([key, value]) => (_jsxs("div", { className: "rounded-lg bg-surface-2 p-3", children: [_jsx("dt", { className: "text-xs text-muted", children: t(`cache.${key}`) }), _jsx("dd", { className: "text-xl font-semibold text-fg tabular-nums", "data-testid": `cache-${key}`, children: value })] }, key))) }), _jsxs("div", { children: [_jsx("h3", { className: "mb-1 text-sm font-semibold text-fg", children: t('cache.byLayer') }), _jsx("dl", { className: "grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]", children: LAYERS.map((layer) => (_jsxs("div", { className: "contents", children: [_jsx("dt", { className: "text-muted", children: t(`cache.layers.${layer}`) }), _jsx("dd", { className: "text-fg tabular-nums", children: number(stats.by_layer[layer] ?? 0, lang) })] }, layer))) })] }), _jsxs("div", { className: "flex items-start gap-3 rounded-lg border border-border p-3", children: [_jsx("input", { id: toggleId, type: "checkbox", role: "switch", checked: settings.similar_prompts, disabled: saving, "aria-describedby": `${toggleId}-hint`, onChange: (e) => void toggle(e.target.checked), "data-testid": "cache-similar-toggle", className: "mt-1 h-4 w-4 accent-accent" }), _jsxs("div", { className: "flex flex-col gap-1", children: [_jsx("label", { htmlFor: toggleId, className: "text-sm font-medium text-fg", children: t('cache.similar.label') }), _jsx("p", { id: `${toggleId}-hint`, className: "text-xs text-muted", children: t('cache.similar.hint', {
                                            threshold: percent(settings.effective_threshold ?? settings.similarity_threshold ?? 0.9, lang),
                                        }) })] })] }), _jsx(ErrorAlert, { error: saveError }), cleared !== null && (_jsx("p", { role: "status", className: "text-sm text-fg", "data-testid": "cache-cleared", children: t('cache.clear.done', { count: cleared }) }))] })), confirming && (_jsx(ConfirmDialog, { title: t('cache.clear.title'), confirmLabel: t('cache.clear.confirm'), danger: true, onClose: () => setConfirming(false), onConfirm: async () => {
                    const result = await billingApi.clearCache();
                    setCleared(result.entries_deleted);
                    reload();
                }, children: t('cache.clear.body') }))] }));
}
