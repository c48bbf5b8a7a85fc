import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useCan } from '../../../shared/org/OrganizationContext';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { TextField } from '../../../shared/ui/Field';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { siteApi, type Site } from './siteApi';

/** The button's words: publish, publish again (the same version, e.g. after a failed build), or replace. */
function publishLabel(t: TFunction, site: Site | null | undefined, version: number): string {
  if (!site) return t('hosting.publish', { version });
  return site.version === version ? t('hosting.publishAgain', { version }) : t('hosting.republish', { version });
}

/** How often a site still being built is asked about again. */
export const SITE_POLL_MS = 3000;

/**
 * Built-in hosting: publish the selected version at this instance's /sites/… address, see where it
 * is and take it down. Members publish; viewers only see the address.
 */
export function PublishSection({ projectId, version }: { projectId: string; version: number }) {
  const { t } = useTranslation();
  const canPublish = useCan('member');
  const [site, setSite] = useState<Site | null | undefined>(undefined);
  const [slug, setSlug] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    siteApi
      .get(projectId, controller.signal)
      .then((found) => {
        if (controller.signal.aborted) return;
        setSite(found);
        setSlug(found?.slug ?? '');
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [projectId]);

  // A Vite project is built before its site answers: ask again until it is ready.
  useEffect(() => {
    if (site?.status !== 'building') return;
    const timer = setTimeout(() => {
      siteApi.get(projectId).then(setSite, setError);
    }, SITE_POLL_MS);
    return () => clearTimeout(timer);
  }, [projectId, site]);

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const published = await siteApi.publish(projectId, version, slug.trim() || undefined);
      setSite(published);
      setSlug(published.slug);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (site === undefined && !error) return <Loading label={t('hosting.loading')} />;

  return (
    <section aria-labelledby="publish-title" data-testid="publish-section" className="flex flex-col gap-3">
      <h3 id="publish-title" className="text-base font-semibold text-fg">
        {t('hosting.title')}
      </h3>
      <p className="text-sm text-muted">{t('hosting.intro')}</p>
      {site ? (
        <div
          className="flex flex-col gap-1 rounded-md border border-border bg-surface px-3 py-2 text-sm"
          data-testid="site-status"
        >
          <a href={site.url} target="_blank" rel="noopener noreferrer" className="break-all font-medium text-accent underline">
            {site.url}
          </a>
          <span className="text-muted">
            {site.status === 'building'
              ? t('hosting.building', { version: site.version })
              : t('hosting.live', { version: site.version })}
          </span>
        </div>
      ) : (
        site === null && <p className="text-sm text-fg">{t('hosting.notPublished')}</p>
      )}
      {canPublish && (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="sm:flex-1">
            <TextField
              label={t('hosting.slug')}
              hint={t('hosting.slugHint')}
              value={slug}
              onChange={(e) => setSlug(e.target.value)}
              placeholder={t('hosting.slugPlaceholder')}
              autoCapitalize="none"
              spellCheck={false}
            />
          </div>
          <Button variant="primary" className="min-h-11" busy={busy} disabled={version < 1} onClick={publish}>
            {publishLabel(t, site, version)}
          </Button>
          {site && (
            <Button variant="ghostDanger" className="min-h-11" onClick={() => setConfirming(true)}>
              {t('hosting.unpublish')}
            </Button>
          )}
        </div>
      )}
      <ErrorAlert error={error} />
      {confirming && (
        <ConfirmDialog
          title={t('hosting.unpublishTitle')}
          confirmLabel={t('hosting.unpublish')}
          danger
          onConfirm={async () => {
            await siteApi.unpublish(projectId);
            setSite(null);
          }}
          onClose={() => setConfirming(false)}
        >
          {t('hosting.unpublishBody')}
        </ConfirmDialog>
      )}
    </section>
  );
}
