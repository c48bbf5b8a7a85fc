import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi, type CacheLayer, type CacheSettings, type CacheStats } from './api';
import { percent } from './format';
import { Section } from '../../shared/ui/Section';
import { useLoader } from '../../shared/api/useLoader';

const loadCache = async (signal?: AbortSignal): Promise<{ stats: CacheStats; settings: CacheSettings }> => {
  const [stats, settings] = await Promise.all([billingApi.cacheStats(signal), billingApi.cacheSettings(signal)]);
  return { stats, settings };
};

const LAYERS: CacheLayer[] = ['l1', 'l2', 'l3', 'similar'];

/** Hits and misses of the response cache, the similar-prompt opt-in, and forgetting everything. */
export function CacheSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const toggleId = useId();
  const { data, setData, error, reload } = useLoader(loadCache);
  const stats = data?.stats ?? null;
  const settings = data?.settings ?? null;
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState<number | null>(null);

  const toggle = async (on: boolean) => {
    if (!settings) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await billingApi.updateCacheSettings({
        similar_prompts: on,
        similarity_threshold: settings.similarity_threshold,
      });
      setData((current) => (current ? { ...current, settings: saved } : current));
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section
      title={t('cache.title')}
      testId="cache-stats"
      actions={
        <Button variant="ghostDanger" size="sm" onClick={() => setConfirming(true)} disabled={stats === null}>
          {t('cache.clear.action')}
        </Button>
      }
    >
      {error != null && <ErrorAlert error={error} onRetry={reload} />}
      {stats === null && error == null && <Loading />}
      {stats !== null && settings !== null && (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted">{t('cache.intro')}</p>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(
              [
                ['hits', number(stats.hits, lang)],
                ['misses', number(stats.misses, lang)],
                ['hitRate', percent(stats.hit_rate, lang)],
                ['entries', number(stats.entries, lang)],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded-lg bg-surface-2 p-3">
                <dt className="text-xs text-muted">{t(`cache.${key}`)}</dt>
                <dd className="text-xl font-semibold text-fg tabular-nums" data-testid={`cache-${key}`}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
          <div>
            <h3 className="mb-1 text-sm font-semibold text-fg">{t('cache.byLayer')}</h3>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              {LAYERS.map((layer) => (
                <div key={layer} className="contents">
                  <dt className="text-muted">{t(`cache.layers.${layer}`)}</dt>
                  <dd className="text-fg tabular-nums">{number(stats.by_layer[layer] ?? 0, lang)}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div className="flex items-start gap-3 rounded-lg border border-border p-3">
            <input
              id={toggleId}
              type="checkbox"
              role="switch"
              checked={settings.similar_prompts}
              disabled={saving}
              aria-describedby={`${toggleId}-hint`}
              onChange={(e) => void toggle(e.target.checked)}
              data-testid="cache-similar-toggle"
              className="mt-1 h-4 w-4 accent-accent"
            />
            <div className="flex flex-col gap-1">
              <label htmlFor={toggleId} className="text-sm font-medium text-fg">
                {t('cache.similar.label')}
              </label>
              <p id={`${toggleId}-hint`} className="text-xs text-muted">
                {t('cache.similar.hint', {
                  threshold: percent(settings.effective_threshold ?? settings.similarity_threshold ?? 0.9, lang),
                })}
              </p>
            </div>
          </div>
          <ErrorAlert error={saveError} />
          {cleared !== null && (
            <p role="status" className="text-sm text-fg" data-testid="cache-cleared">
              {t('cache.clear.done', { count: cleared })}
            </p>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('cache.clear.title')}
          confirmLabel={t('cache.clear.confirm')}
          danger
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const result = await billingApi.clearCache();
            setCleared(result.entries_deleted);
            reload();
          }}
        >
          {t('cache.clear.body')}
        </ConfirmDialog>
      )}
    </Section>
  );
}
