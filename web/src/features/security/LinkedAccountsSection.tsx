import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';

interface LinkedIdentity {
  provider: string;
  name: string;
  email: string | null;
  linkedAt: string;
  lastUsedAt: string;
}

interface IdentitiesOverview {
  hasPassword: boolean;
  identities: LinkedIdentity[];
  available: { id: string; name: string }[];
}

const enc = encodeURIComponent;

/** What the provider's round-trip left in the fragment (`#linked=github` or `#error=…`), read once. */
function takeReturn(): { linked?: string; error?: string } {
  const fields = new URLSearchParams(window.location.hash.slice(1));
  const linked = fields.get('linked') ?? undefined;
  const error = fields.get('error') ?? undefined;
  if (linked || error) window.history.replaceState(null, '', window.location.pathname);
  return { linked, error };
}

/**
 * The providers linked to the account: link another (a full-page trip to the provider that comes
 * back here), unlink one — but never the last way to sign in.
 */
export function LinkedAccountsSection() {
  const { t, i18n } = useTranslation();
  const { stepUp } = useStepUp();
  const [overview, setOverview] = useState<IdentitiesOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [returned] = useState(takeReturn);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    api
      .get<IdentitiesOverview>('/api/v1/me/identities')
      .then(setOverview)
      .catch((err: unknown) => setError(err));
  }, []);

  useEffect(load, [load]);

  const nameOf = (id: string) =>
    overview?.identities.find((i) => i.provider === id)?.name ?? overview?.available.find((p) => p.id === id)?.name ?? id;

  // Linking and unlinking are sensitive: a stale session is asked for the password or a code first.
  const link = async (provider: string) => {
    setBusy(provider);
    setError(null);
    try {
      const { url } = await stepUp(() => api.post<{ url: string }>(`/api/v1/me/identities/${enc(provider)}/link`));
      window.location.assign(url);
    } catch (err) {
      if (!isStepUpCancelled(err)) setError(err);
      setBusy(null);
    }
  };

  const unlink = async (provider: string) => {
    setBusy(provider);
    setError(null);
    try {
      await stepUp(() => api.delete(`/api/v1/me/identities/${enc(provider)}`));
      setNotice(t('oauth.linked.unlinkedNotice', { name: nameOf(provider) }));
      load();
    } catch (err) {
      if (!isStepUpCancelled(err)) setError(err);
    } finally {
      setBusy(null);
    }
  };

  const describe = (err: unknown) =>
    isApiError(err) && t(`oauth.errors.${err.code}`, { defaultValue: '' })
      ? t(`oauth.errors.${err.code}`)
      : describeError(t, err);

  const onlyWay = overview !== null && !overview.hasPassword && overview.identities.length <= 1;
  const linkedNotice = returned.linked && overview ? t('oauth.linked.linkedNotice', { name: nameOf(returned.linked) }) : null;

  return (
    <Section title={t('oauth.linked.title')} testId="linked-accounts">
      <p className="mb-3 text-sm text-muted">{t('oauth.linked.intro')}</p>
      {(notice ?? linkedNotice) && (
        <p role="status" className="mb-3 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg">
          {notice ?? linkedNotice}
        </p>
      )}
      {returned.error && (
        <div role="alert" className="mb-3 rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
          {t(`oauth.errors.${returned.error}`, { defaultValue: t('oauth.errors.provider-error') })}
        </div>
      )}
      <ErrorAlert error={error} describe={describe} onRetry={overview ? undefined : load} className="mb-3" />
      {!overview && !error && <Loading />}
      {overview && (
        <>
          {overview.identities.length === 0 ? (
            <p className="text-sm text-muted">{t('oauth.linked.none')}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border">
              {overview.identities.map((identity) => (
                <li key={identity.provider} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <p className="font-medium text-fg">{identity.name}</p>
                    <p className="truncate text-sm text-muted">
                      {identity.email ? `${identity.email} · ` : ''}
                      {t('oauth.linked.linkedAt', { when: dateTime(identity.linkedAt, i18n.language) })}
                    </p>
                  </div>
                  <Button
                    size="sm"
                    onClick={() => unlink(identity.provider)}
                    disabled={onlyWay}
                    busy={busy === identity.provider}
                    aria-label={t('oauth.linked.unlinkLabel', { name: identity.name })}
                    aria-describedby={onlyWay ? 'linked-only-way' : undefined}
                  >
                    {t('oauth.linked.unlink')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {onlyWay && (
            <p id="linked-only-way" className="mt-2 text-sm text-muted">
              {t('oauth.linked.lastMethod')}
            </p>
          )}
          {overview.available.length > 0 && (
            <div className="mt-4 flex flex-wrap gap-2">
              {overview.available.map((provider) => (
                <Button key={provider.id} size="sm" onClick={() => link(provider.id)} busy={busy === provider.id}>
                  {t('oauth.linked.link', { name: provider.name })}
                </Button>
              ))}
            </div>
          )}
        </>
      )}
    </Section>
  );
}
