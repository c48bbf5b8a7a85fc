import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { followEvents } from '../../../shared/api/follow';
import { describeError, fieldMessage } from '../../../shared/api/messages';
import { isApiError } from '../../../shared/api/problem';
import { useOrganizations } from '../../../shared/org/OrganizationContext';
import { Button } from '../../../shared/ui/Button';
import { TextField } from '../../../shared/ui/Field';
import { ErrorAlert } from '../../../shared/ui/States';
import { shipApi, type PushRequest, type RepositoryView } from './api';
import { applyPushEvent, initialProgress, isFinalPushEvent, type PushProgress } from './pushProgress';

type Target = 'github' | 'url';
type RepositoryMode = 'existing' | 'new';

const STEPS = ['resolving', 'creating-repository', 'fetching', 'committing', 'pushing', 'verifying', 'opening-pull-request'];

/** A branch no earlier push used: named when the person asks for it, not at every render. */
function newBranchName(version: number): string {
  return `vectort/version-${version}-${Date.now().toString(36)}`;
}

/**
 * Push the selected version to GitHub (an existing repository, a new one, or a branch with a pull
 * request) or to any Git remote by URL, then follow the push live until it has pushed or failed.
 */
export function PushSection({ projectId, version, onFinished }: { projectId: string; version: number; onFinished: () => void }) {
  const { t } = useTranslation();
  const { current } = useOrganizations();
  const [target, setTarget] = useState<Target>('github');
  const [mode, setMode] = useState<RepositoryMode>('existing');
  const [repository, setRepository] = useState('');
  const [newName, setNewName] = useState('');
  const [newOwner, setNewOwner] = useState('');
  const [isPrivate, setIsPrivate] = useState(true);
  const [remoteUrl, setRemoteUrl] = useState('');
  const [branch, setBranch] = useState('');
  const [pullRequest, setPullRequest] = useState(false);
  const [token, setToken] = useState('');
  const [githubConnected, setGithubConnected] = useState<boolean | null>(null);
  const [repositories, setRepositories] = useState<RepositoryView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<PushProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const stream = useRef<AbortController | null>(null);
  const listId = useId();

  const currentId = current?.id;
  useEffect(() => {
    if (!currentId) return;
    const controller = new AbortController();
    shipApi
      .connections(currentId, controller.signal)
      .then((connections) => {
        const connected = connections.some((c) => c.kind === 'github');
        setGithubConnected(connected);
        if (connected) return shipApi.repositories(currentId, controller.signal).then(setRepositories);
      })
      .catch(() => setGithubConnected(false));
    return () => controller.abort();
  }, [currentId]);

  useEffect(() => () => stream.current?.abort(), []);

  const request = (overrideBranch?: string): PushRequest => {
    const body: PushRequest = {};
    if (target === 'url') body.remoteUrl = remoteUrl.trim();
    else if (mode === 'new') {
      body.createRepository = {
        name: newName.trim(),
        private: isPrivate,
        ...(newOwner.trim() ? { owner: newOwner.trim() } : {}),
      };
    } else body.githubRepository = repository.trim();
    const chosenBranch = overrideBranch ?? branch.trim();
    if (chosenBranch) body.branch = chosenBranch;
    if (target === 'github' && pullRequest) body.pullRequest = true;
    if (token.trim()) body.token = token.trim();
    return body;
  };

  const start = async (overrideBranch?: string) => {
    stream.current?.abort();
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const accepted = await shipApi.push(projectId, version, request(overrideBranch));
      if (overrideBranch) setBranch(overrideBranch);
      let state: PushProgress = initialProgress;
      setProgress(state);
      const controller = new AbortController();
      stream.current = controller;
      await followEvents({
        url: accepted.eventsUrl,
        fetcher: shipApi.fetch,
        signal: controller.signal,
        isFinal: isFinalPushEvent,
        onEvent: (event) => {
          state = applyPushEvent(state, event);
          setProgress(state);
        },
      });
      onFinished();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void start();
  };

  const needsConnection = target === 'github' && githubConnected === false && !token.trim();

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-describedby="push-intro">
      <p id="push-intro" className="text-sm text-muted">
        {t('ship.push.intro', { version })}
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-fg">{t('ship.push.where')}</legend>
        <Choice
          name="push-target"
          value="github"
          checked={target === 'github'}
          onChange={() => setTarget('github')}
          label={t('ship.push.github')}
        />
        <Choice
          name="push-target"
          value="url"
          checked={target === 'url'}
          onChange={() => setTarget('url')}
          label={t('ship.push.anyRemote')}
        />
      </fieldset>

      {target === 'github' ? (
        <>
          {needsConnection && (
            <p className="rounded-md border border-border bg-surface-2 p-3 text-sm text-fg" data-testid="connect-github">
              {t('ship.push.notConnected')}{' '}
              {current && (
                <Link
                  to={`/orgs/${encodeURIComponent(current.slug)}`}
                  className="font-medium text-link underline underline-offset-2"
                >
                  {t('ship.push.openSettings')}
                </Link>
              )}
            </p>
          )}
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-fg">{t('ship.push.repository')}</legend>
            <Choice
              name="push-mode"
              value="existing"
              checked={mode === 'existing'}
              onChange={() => setMode('existing')}
              label={t('ship.push.existing')}
            />
            <Choice
              name="push-mode"
              value="new"
              checked={mode === 'new'}
              onChange={() => setMode('new')}
              label={t('ship.push.create')}
            />
          </fieldset>
          {mode === 'existing' ? (
            <>
              <TextField
                label={t('ship.push.ownerName')}
                placeholder="octocat/my-app"
                value={repository}
                onChange={(e) => setRepository(e.target.value)}
                list={listId}
                autoComplete="off"
                error={fieldMessage(t, error, 'githubRepository')}
              />
              <datalist id={listId}>
                {repositories.map((r) => (
                  <option key={r.fullName} value={r.fullName} />
                ))}
              </datalist>
            </>
          ) : (
            <>
              <TextField
                label={t('ship.push.newName')}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                error={fieldMessage(t, error, 'createRepository.name')}
              />
              <TextField
                label={t('ship.push.newOwner')}
                hint={t('ship.push.newOwnerHint')}
                value={newOwner}
                onChange={(e) => setNewOwner(e.target.value)}
              />
              <Check checked={isPrivate} onChange={setIsPrivate} label={t('ship.push.private')} />
            </>
          )}
          <Check checked={pullRequest} onChange={setPullRequest} label={t('ship.push.pullRequest')} />
        </>
      ) : (
        <TextField
          label={t('ship.push.remoteUrl')}
          placeholder="https://gitlab.example.com/team/app.git"
          hint={t('ship.push.remoteUrlHint')}
          inputMode="url"
          value={remoteUrl}
          onChange={(e) => setRemoteUrl(e.target.value)}
          error={fieldMessage(t, error, 'remoteUrl')}
        />
      )}

      <TextField
        label={t('ship.push.branch')}
        hint={pullRequest && target === 'github' ? t('ship.push.branchPrHint') : t('ship.push.branchHint')}
        value={branch}
        onChange={(e) => setBranch(e.target.value)}
        error={fieldMessage(t, error, 'branch')}
      />
      <TextField
        label={t('ship.push.token')}
        hint={t('ship.push.tokenHint')}
        type="password"
        autoComplete="off"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        error={fieldMessage(t, error, 'token')}
      />

      <div>
        <Button type="submit" variant="primary" busy={busy} className="min-h-11 w-full sm:w-auto">
          {t('ship.push.submit', { version })}
        </Button>
      </div>

      {error != null && (
        <ErrorAlert
          error={error}
          describe={(e) =>
            isApiError(e) && e.code !== 'validation'
              ? t(`ship.errors.${e.code}`, { defaultValue: '' }) || describeError(t, e)
              : describeError(t, e)
          }
        />
      )}
      {progress && <PushOutcome progress={progress} onNewBranch={() => void start(newBranchName(version))} busy={busy} />}
    </form>
  );
}

function PushOutcome({ progress, onNewBranch, busy }: { progress: PushProgress; onNewBranch: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const steps = STEPS.filter((s) => progress.steps.includes(s));
  return (
    <div aria-live="polite" data-testid="push-progress" className="rounded-lg border border-border bg-surface p-3 text-sm">
      <ol className="flex flex-col gap-1">
        {steps.map((s) => (
          <li key={s} className="text-muted">
            {t(`ship.steps.${s}`)}
          </li>
        ))}
      </ol>
      {progress.retrying && <p className="mt-2 text-fg">{t('ship.push.retrying')}</p>}
      {progress.status === 'pushed' && (
        <div className="mt-2 flex flex-col gap-1" data-testid="push-done">
          <p className="font-medium text-fg">
            {t('ship.push.pushed', { branch: progress.branch ?? '', commit: (progress.commitSha ?? '').slice(0, 7) })}
          </p>
          {progress.pullRequestUrl && (
            <a
              href={progress.pullRequestUrl}
              target="_blank"
              rel="noreferrer"
              className="font-medium text-link underline underline-offset-2"
            >
              {t('ship.push.openPullRequest')}
            </a>
          )}
          {progress.warningCode && (
            <p className="text-muted">{t(`ship.warnings.${progress.warningCode}`, { defaultValue: progress.warning ?? '' })}</p>
          )}
        </div>
      )}
      {progress.status === 'failed' && (
        <div role="alert" className="mt-2 flex flex-col gap-2" data-testid="push-failed">
          <p className="font-medium text-danger">
            {t(`ship.errors.${progress.code ?? 'unknown'}`, { defaultValue: t('ship.errors.unknown') })}
          </p>
          {progress.message && <p className="text-muted">{progress.message}</p>}
          {progress.code === 'non-fast-forward' && (
            <div>
              <Button onClick={onNewBranch} busy={busy} className="min-h-11">
                {t('ship.push.toNewBranch')}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function Choice({
  name,
  value,
  checked,
  onChange,
  label,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: string;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-fg">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="h-5 w-5" />
      {label}
    </label>
  );
}

function Check({ checked, onChange, label }: { checked: boolean; onChange: (value: boolean) => void; label: string }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-fg">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="h-5 w-5" />
      {label}
    </label>
  );
}
