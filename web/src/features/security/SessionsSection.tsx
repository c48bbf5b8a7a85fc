import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { dateTime, relativeTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { securityApi, type SessionItem } from './api';
import { describeDevice } from './device';

/** Every device signed in to the account; sign one out, or all but this one. */
export function SessionsSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const fetchSessions = useCallback((signal?: AbortSignal) => securityApi.sessions(signal), []);
  const { data: sessions, error, reload } = useLoader(fetchSessions);
  const [confirmOthers, setConfirmOthers] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const others = sessions?.filter((s) => !s.current) ?? [];

  const signOut = async (session: SessionItem) => {
    setActionError(null);
    try {
      await securityApi.signOutSession(session.id);
      toast(t('security.sessions.signedOut'));
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  return (
    <Section
      title={t('security.sessions.title')}
      testId="sessions"
      actions={
        others.length > 0 && (
          <Button size="sm" variant="secondary" onClick={() => setConfirmOthers(true)}>
            {t('security.sessions.signOutOthers')}
          </Button>
        )
      }
    >
      <p className="mb-3 text-sm text-muted">{t('security.sessions.intro')}</p>
      <ErrorAlert error={error} onRetry={reload} />
      <ErrorAlert error={actionError} className="mb-3" />
      {!sessions && !error && <Loading />}
      {sessions && (
        <ul className="flex flex-col divide-y divide-border" aria-label={t('security.sessions.title')}>
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} onSignOut={() => void signOut(session)} />
          ))}
        </ul>
      )}
      {confirmOthers && (
        <ConfirmDialog
          title={t('security.sessions.confirmOthersTitle')}
          confirmLabel={t('security.sessions.signOutOthers')}
          danger
          onClose={() => setConfirmOthers(false)}
          onConfirm={async () => {
            const { revoked } = await securityApi.signOutOthers();
            setConfirmOthers(false);
            toast(t('security.sessions.othersSignedOut', { count: revoked }));
            reload();
          }}
        >
          {t('security.sessions.confirmOthersBody', { count: others.length })}
        </ConfirmDialog>
      )}
    </Section>
  );
}

function SessionRow({ session, onSignOut }: { session: SessionItem; onSignOut: () => void }) {
  const { t, i18n } = useTranslation();
  const { browser, os } = describeDevice(session.userAgent);
  const device =
    browser && os
      ? t('security.sessions.browserOn', { browser, os })
      : (browser ?? os ?? session.userAgent ?? t('security.sessions.unknownDevice'));
  const method = session.method === 'password' ? t('security.sessions.byPassword') : session.method;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3" data-testid="session">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 font-medium text-fg">
          <span className="break-words">{device}</span>
          {session.current && (
            <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-fg">
              {t('security.sessions.thisDevice')}
            </span>
          )}
        </p>
        <p className="text-sm text-muted">
          {[session.clientAddress, method, session.secondFactor ? t('security.sessions.withSecondFactor') : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="text-sm text-muted">
          <span title={dateTime(session.lastUsedAt, i18n.language)}>
            {t('security.sessions.lastUsed', { when: relativeTime(session.lastUsedAt, i18n.language) })}
          </span>
          {' · '}
          <span>{t('security.sessions.signedIn', { when: dateTime(session.createdAt, i18n.language) })}</span>
        </p>
      </div>
      {!session.current && (
        <Button size="sm" variant="secondary" onClick={onSignOut} aria-label={t('security.sessions.signOutDevice', { device })}>
          {t('security.sessions.signOut')}
        </Button>
      )}
    </li>
  );
}
