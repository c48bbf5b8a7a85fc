import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { assistantApi, type Memory } from './api';

/** One remembered fact with its dates; edited in place (the person's own correction). */
export function MemoryItem({ memory, onChanged, onForget }: { memory: Memory; onChanged: () => void; onForget: () => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const older = memory.supersededBy !== null;

  const save = async () => {
    if (editing === null || !editing.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await assistantApi.editMemory(memory.id, editing.trim());
      setEditing(null);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      data-testid="memory"
      className={`flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 ${older ? 'opacity-70' : ''}`}
    >
      {editing === null ? (
        <p className="text-base break-words text-fg">{memory.fact}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          className="flex flex-col gap-2"
        >
          <TextField
            label={t('assistant.memory.editLabel')}
            value={editing}
            maxLength={500}
            autoFocus
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
            className="min-h-11 text-base"
          />
          <div className="flex gap-2">
            <Button type="submit" variant="primary" busy={busy} className="min-h-11">
              {t('assistant.memory.save')}
            </Button>
            <Button className="min-h-11" onClick={() => setEditing(null)}>
              {t('assistant.memory.cancel')}
            </Button>
          </div>
        </form>
      )}
      <p className="flex flex-wrap gap-x-3 text-xs text-muted">
        <span>{t('assistant.memory.added', { date: dateTime(memory.createdAt, i18n.language) })}</span>
        {memory.updatedAt !== memory.createdAt && (
          <span>{t('assistant.memory.updated', { date: dateTime(memory.updatedAt, i18n.language) })}</span>
        )}
        {memory.expiresAt && <span>{t('assistant.memory.expires', { date: dateTime(memory.expiresAt, i18n.language) })}</span>}
        {older && <span>{t('assistant.memory.older')}</span>}
      </p>
      {editing === null && (
        <div className="flex gap-2">
          <Button
            size="sm"
            className="min-h-11 min-w-16"
            aria-label={t('assistant.memory.editNamed', { fact: memory.fact })}
            onClick={() => setEditing(memory.fact)}
          >
            {t('assistant.memory.edit')}
          </Button>
          <Button
            size="sm"
            variant="ghostDanger"
            className="min-h-11 min-w-16"
            aria-label={t('assistant.memory.forgetNamed', { fact: memory.fact })}
            onClick={onForget}
          >
            {t('assistant.memory.forget')}
          </Button>
        </div>
      )}
      {error !== null && (
        <p role="alert" className="text-sm text-danger">
          {describeError(t, error)}
        </p>
      )}
    </li>
  );
}
