import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import type { Catalog, GenerateRequest } from '../../shared/api/types';
import { loadDraft, saveDraft } from '../../shared/drafts';
import { useCan } from '../../shared/org/OrganizationContext';
import { Button } from '../../shared/ui/Button';
import { SelectField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';

export const MAX_PROMPT = 5000;

/**
 * The framework or type the server reads from the description: a follow-up keeps the project's
 * type, and its framework unless the request names another.
 */
export const AUTO = 'auto';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

function codePoints(text: string): number {
  return Array.from(text.trim()).length;
}

/**
 * The prompt: what to build, for which framework and type. Both start on "Auto", so what a
 * newcomer writes decides what they get ("a React app for…"); picking one overrides it. The text is kept as a
 * per-project draft, so an expired session or a reload never loses it; Ctrl/Cmd+Enter generates.
 * A viewer of the organisation reads but cannot generate: the box is off and says why.
 */
export function PromptBox({
  projectId,
  catalog,
  followUp,
  busy,
  onGenerate,
}: {
  projectId: string;
  catalog: Catalog | null;
  followUp: boolean;
  /** A generation is in flight: typing is fine, generating waits. */
  busy: boolean;
  onGenerate: (request: GenerateRequest) => Promise<void>;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const [draft] = useState(() => loadDraft(projectId));
  const [text, setText] = useState(draft?.text ?? '');
  const [framework, setFramework] = useState(draft?.framework || AUTO);
  const [type, setType] = useState(draft?.type || AUTO);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const canGenerate = useCan('member');

  useEffect(() => {
    saveDraft(projectId, { text, framework, type });
  }, [projectId, text, framework, type]);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy || submitting || !canGenerate) return;
    setSubmitting(true);
    setError(null);
    try {
      await onGenerate({ description: text, framework, type });
      setText('');
    } catch (err) {
      setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const count = codePoints(text);
  const over = count > MAX_PROMPT;
  const descriptionError = fieldMessage(t, error, 'description');
  const showGeneral = !(isApiError(error) && error.code === 'validation' && error.fieldErrors.length > 0);
  const selectedType = catalog?.types.find((x) => x.id === type);
  const selectedFramework = catalog?.frameworks.find((f) => f.id === framework);

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={t('prompt.formLabel')}>
      <div className="flex flex-col gap-1">
        <label htmlFor={textId} className="text-sm font-medium text-fg">
          {followUp ? t('prompt.labelFollowUp') : t('prompt.label')}
        </label>
        <textarea
          id={textId}
          name="description"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={followUp ? t('prompt.placeholderFollowUp') : t('prompt.placeholder')}
          aria-invalid={descriptionError || over ? true : undefined}
          disabled={!canGenerate}
          aria-describedby={`${canGenerate ? '' : `${textId}-readonly `}${textId}-help${descriptionError ? ` ${textId}-error` : ''}`}
          className="max-h-64 min-h-20 w-full resize-y rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted aria-[invalid=true]:border-danger"
        />
        {!canGenerate && (
          <p id={`${textId}-readonly`} className="text-sm text-muted" data-testid="prompt-readonly">
            {t('roles.viewerCannotGenerate')}
          </p>
        )}
        {descriptionError && (
          <p id={`${textId}-error`} className="text-sm text-danger" data-testid="prompt-error">
            {descriptionError}
          </p>
        )}
        <div id={`${textId}-help`} className="flex justify-between gap-2 text-xs text-muted">
          <span>{isMac ? t('prompt.shortcutMac') : t('prompt.shortcut')}</span>
          <span className={over ? 'font-medium text-danger' : ''}>{t('prompt.count', { chars: count, max: MAX_PROMPT })}</span>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label={t('prompt.framework')}
          value={framework}
          onChange={(e) => setFramework(e.target.value)}
          error={fieldMessage(t, error, 'framework')}
          disabled={!catalog || !canGenerate}
          title={selectedFramework?.label ?? t('prompt.frameworkAutoHint')}
        >
          <option value={AUTO}>{t('prompt.frameworkAuto')}</option>
          {catalog?.frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('prompt.type')}
          value={type}
          onChange={(e) => setType(e.target.value)}
          error={fieldMessage(t, error, 'type')}
          disabled={!catalog || !canGenerate}
          title={selectedType?.description ?? t('prompt.typeAutoHint')}
        >
          <option value={AUTO}>{t('prompt.typeAuto')}</option>
          {catalog?.types.map((x) => (
            <option key={x.id} value={x.id}>
              {t(`catalog.types.${x.id}`, { defaultValue: x.label })}
            </option>
          ))}
        </SelectField>
      </div>
      {(framework === AUTO || type === AUTO) && (
        <p className="-mt-1 text-xs text-muted" data-testid="prompt-auto-hint">
          {t('prompt.autoHint')}
        </p>
      )}
      {showGeneral && <ErrorAlert error={error} />}
      <div className="flex items-center justify-end gap-3">
        {busy && <span className="text-xs text-muted">{t('prompt.waitForRun')}</span>}
        <Button
          type="submit"
          variant="primary"
          busy={submitting}
          disabled={busy || !catalog || !canGenerate}
          title={canGenerate ? undefined : t('roles.viewerCannotGenerate')}
        >
          {followUp ? t('prompt.submitFollowUp') : t('prompt.submit')}
        </Button>
      </div>
    </form>
  );
}
