import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import type { Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { orgApi } from './api';
import { problemText } from '../../shared/org/problemText';

/** The organisation's name and slug: a form for admins and owners, plain facts for the others. */
export function SettingsSection({
  organization,
  canEdit,
  onSaved,
}: {
  organization: Organization;
  canEdit: boolean;
  onSaved: (updated: Organization) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(organization.name);
  const [slug, setSlug] = useState(organization.slug);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const changes: { name?: string; slug?: string } = {};
  if (name.trim() !== organization.name) changes.name = name.trim();
  if (slug.trim() !== organization.slug) changes.slug = slug.trim();
  const changed = Object.keys(changes).length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!changed) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const updated = await orgApi.update(organization.id, changes);
      setSaved(true);
      onSaved(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!canEdit) {
    return (
      <Section title={t('org.settings.title')} testId="org-settings">
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted">{t('org.fields.name')}</dt>
          <dd className="break-words text-fg">{organization.name}</dd>
          <dt className="text-muted">{t('org.fields.slug')}</dt>
          <dd className="break-words text-fg">{organization.slug}</dd>
        </dl>
      </Section>
    );
  }

  const slugTaken = isApiError(error) && error.code === 'slug-taken';
  const slugError = slugTaken ? problemText(t, error) : fieldMessage(t, error, 'slug');
  const nameError = fieldMessage(t, error, 'name');

  return (
    <Section title={t('org.settings.title')} testId="org-settings">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4 sm:max-w-md">
        <TextField
          label={t('org.fields.name')}
          name="name"
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={nameError}
        />
        <TextField
          label={t('org.fields.slug')}
          name="slug"
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          hint={t('org.fields.slugHint')}
          error={slugError}
          autoCapitalize="off"
          spellCheck={false}
        />
        {!slugError && !nameError && <ErrorAlert error={error} describe={(e) => problemText(t, e)} />}
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" busy={busy} disabled={!changed || !name.trim()}>
            {t('common.save')}
          </Button>
          {saved && !changed && (
            <span role="status" className="text-sm text-success">
              {t('org.settings.saved')}
            </span>
          )}
        </div>
      </form>
    </Section>
  );
}
