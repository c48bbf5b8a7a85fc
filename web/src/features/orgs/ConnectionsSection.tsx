import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { atLeast } from '../../shared/org/roles';
import type { Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { connectionsApi, type Connection } from './connectionsApi';
import { ConnectWithGitHub, GitHubReturnNotice, takeGitHubReturn } from './GitHubOAuth';

const KINDS = ['github', 'git', 'vercel', 'netlify', 'render'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The organisation's connections to GitHub, other Git hosts and deploy hosts: owners and admins
 * paste a token (GitHub checks it at once) or revoke one; everyone sees what is connected. A
 * token is never shown again, only its last characters. Where the server has a GitHub OAuth app,
 * GitHub can also be connected by authorizing it at GitHub, without a token to create.
 */
export function ConnectionsSection({
  organization,
  goTo = (url) => window.location.assign(url),
}: {
  organization: Organization;
  /** Leaves for another site (GitHub's authorization page); replaced in tests. */
  goTo?: (url: string) => void;
}) {
  const { t } = useTranslation();
  const canEdit = atLeast(organization.role, 'admin');
  const [connections, setConnections] = useState<Connection[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [oauth, setOAuth] = useState(false);
  const [returned] = useState(takeGitHubReturn);

  useEffect(() => {
    const controller = new AbortController();
    connectionsApi.list(organization.id, controller.signal).then(setConnections, (e) => {
      if (!controller.signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [organization.id]);

  useEffect(() => {
    if (!canEdit) return;
    const controller = new AbortController();
    connectionsApi.gitHubOAuthAvailable(controller.signal).then(setOAuth, () => {
      // Without the answer the token field still works; the button just stays hidden.
    });
    return () => controller.abort();
  }, [canEdit]);

  const replace = (kind: string, connection: Connection | null) =>
    setConnections((list) => [...(list ?? []).filter((c) => c.kind !== kind), ...(connection ? [connection] : [])]);

  return (
    <Section title={t('connections.title')} testId="org-connections">
      <p className="mb-3 text-sm text-muted">{t('connections.intro')}</p>
      {returned && <GitHubReturnNotice returned={returned} />}
      {error != null && <ErrorAlert error={error} />}
      {connections && (
        <ul className="flex flex-col divide-y divide-border">
          {KINDS.map((kind) => (
            <ConnectionRow
              key={kind}
              organizationId={organization.id}
              kind={kind}
              connection={connections.find((c) => c.kind === kind) ?? null}
              canEdit={canEdit}
              onChange={(c) => replace(kind, c)}
              gitHubOAuth={kind === 'github' && canEdit && oauth ? goTo : null}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

function ConnectionRow({
  organizationId,
  kind,
  connection,
  canEdit,
  onChange,
  gitHubOAuth,
}: {
  organizationId: string;
  kind: Kind;
  connection: Connection | null;
  canEdit: boolean;
  onChange: (connection: Connection | null) => void;
  /** Where "Connect with GitHub" leaves for GitHub; null when it is not offered. */
  gitHubOAuth: ((url: string) => void) | null;
}) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const connect = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onChange(await connectionsApi.connect(organizationId, kind, token.trim()));
      setToken('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      await connectionsApi.revoke(organizationId, kind);
      onChange(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const describe = (e: unknown) =>
    (isApiError(e) && t(`connections.errors.${e.code}`, { defaultValue: '' })) || describeError(t, e);

  return (
    <li className="flex flex-col gap-2 py-3" data-testid={`connection-${kind}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-col">
          <span className="font-medium text-fg">{t(`connections.kinds.${kind}`)}</span>
          <span className="text-sm text-muted">
            {connection
              ? connection.account
                ? t('connections.connectedAs', { account: connection.account, hint: connection.tokenHint })
                : t('connections.connected', { hint: connection.tokenHint })
              : t('connections.notConnected')}
          </span>
        </div>
        {canEdit && connection && (
          <Button variant="ghostDanger" onClick={() => void revoke()} busy={busy} className="min-h-11">
            {t('connections.revoke')}
          </Button>
        )}
      </div>
      {gitHubOAuth && <ConnectWithGitHub organizationId={organizationId} connected={connection !== null} goTo={gitHubOAuth} />}
      {canEdit && (
        <form onSubmit={connect} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <TextField
              label={connection ? t('connections.replaceToken') : t('connections.token')}
              hint={t(`connections.hints.${kind}`)}
              type="password"
              autoComplete="off"
              value={token}
              onChange={(e) => setToken(e.target.value)}
            />
          </div>
          <Button type="submit" variant="primary" busy={busy} disabled={!token.trim()} className="min-h-11">
            {t('connections.connect')}
          </Button>
        </form>
      )}
      {error != null && <ErrorAlert error={error} describe={describe} />}
    </li>
  );
}
