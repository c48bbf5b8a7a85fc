import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldMessage } from '../../shared/api/messages';
import { downloadFile } from '../../shared/api/download';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { assistantApi, type Memory } from './api';
import { AssistantLayout } from './AssistantLayout';
import { MemoryItem } from './MemoryItem';

/** Typing pauses this long before the search asks the server. */
const SEARCH_DELAY_MS = 300;

/** What the Assistant remembers: search it, add to it, correct it, make it forget. */
export function MemoryPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [forgetting, setForgetting] = useState<Memory | null>(null);
  const list = useLoader(useCallback((signal?: AbortSignal) => assistantApi.memories(signal).then((p) => p.items), []));
  const search = useSearch(query.trim());
  const shown = query.trim() ? search.results : list.data;
  const error = query.trim() ? search.error : list.error;

  const changed = () => {
    list.reload();
    search.again();
  };

  return (
    <AssistantLayout title={t('assistant.memory.title')}>
      <div>
        <h2 className="text-2xl font-semibold text-fg">{t('assistant.memory.title')}</h2>
        <p className="mt-1 text-sm text-muted">{t('assistant.memory.subtitle')}</p>
        <ExportMemories />
      </div>
      <AddMemory onAdded={changed} />
      <div role="search">
        <TextField
          type="search"
          label={t('assistant.memory.search')}
          placeholder={t('assistant.memory.searchPlaceholder')}
          value={query}
          maxLength={500}
          onChange={(e) => setQuery(e.target.value)}
          className="min-h-11 text-base"
        />
      </div>
      {error ? (
        <ErrorAlert error={error} onRetry={query.trim() ? search.again : list.reload} />
      ) : shown === null ? (
        <Loading />
      ) : shown.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted" role="status">
          {query.trim() ? t('assistant.memory.noResults') : t('assistant.memory.empty')}
        </p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="memories" aria-live="polite">
          {shown.map((memory) => (
            <MemoryItem key={memory.id} memory={memory} onChanged={changed} onForget={() => setForgetting(memory)} />
          ))}
        </ul>
      )}
      {forgetting && (
        <ConfirmDialog
          title={t('assistant.memory.forgetTitle')}
          confirmLabel={t('assistant.memory.forget')}
          danger
          onClose={() => setForgetting(null)}
          onConfirm={async () => {
            await assistantApi.deleteMemory(forgetting.id);
            setForgetting(null);
            changed();
          }}
        >
          <p className="text-sm text-fg">{t('assistant.memory.forgetBody', { fact: forgetting.fact })}</p>
        </ConfirmDialog>
      )}
    </AssistantLayout>
  );
}

/** The backend's hybrid search (words and meaning), asked again after a short pause in typing. */
function useSearch(query: string) {
  const [results, setResults] = useState<Memory[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setError(null);
      assistantApi
        .searchMemories(query, controller.signal)
        .then(setResults)
        .catch((e) => {
          if (!controller.signal.aborted) setError(e);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, attempt]);
  return { results: query ? results : null, error, again: () => setAttempt((n) => n + 1) };
}

function AddMemory({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [fact, setFact] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    if (!fact.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await assistantApi.remember(fact.trim());
      setFact('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = fieldMessage(t, error, 'fact');
  return (
    <form
      className="flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 sm:flex-row sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="flex-1">
        <TextField
          label={t('assistant.memory.add')}
          placeholder={t('assistant.memory.addPlaceholder')}
          value={fact}
          maxLength={500}
          onChange={(e) => setFact(e.target.value)}
          error={fieldError}
          className="min-h-11 text-base"
        />
      </div>
      <Button type="submit" variant="primary" busy={busy} disabled={!fact.trim()} className="min-h-11">
        {t('assistant.memory.remember')}
      </Button>
      {error !== null && !fieldError && (
        <p role="alert" className="text-sm text-danger">
          {describeError(t, error)}
        </p>
      )}
    </form>
  );
}

/** Everything remembered, superseded and expired facts included, as the JSON file the API serves. */
function ExportMemories() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile('/api/v1/assistant/memories/export', 'vectort-memories.json');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mt-3 flex flex-col gap-2">
      <Button variant="secondary" busy={busy} onClick={() => void download()} className="min-h-11 self-start">
        {t('assistant.memory.export')}
      </Button>
      {error !== null && (
        <p role="alert" className="text-sm text-danger">
          {t('assistant.memory.exportFailed', { reason: describeError(t, error) })}
        </p>
      )}
    </div>
  );
}
