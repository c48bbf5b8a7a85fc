import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Organization } from '../../shared/org/types';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { orgApi } from './api';
import { problemText } from '../../shared/org/problemText';

/** Deleting an organisation and everything in it: only after its name is typed. */
export function DeleteOrganizationDialog({
  organization,
  onClose,
  onDeleted,
}: {
  organization: Organization;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === organization.name;

  return (
    <ConfirmDialog
      title={t('org.delete.title', { name: organization.name })}
      confirmLabel={t('org.delete.confirm')}
      danger
      confirmDisabled={!matches}
      describeError={(e) => problemText(t, e)}
      onClose={onClose}
      onConfirm={async () => {
        await orgApi.remove(organization.id);
        onDeleted();
      }}
    >
      <div className="flex flex-col gap-3">
        <p>
          <Trans i18nKey="org.delete.body" values={{ name: organization.name }} components={{ b: <strong /> }} />
        </p>
        <TextField
          label={t('org.delete.typeName', { name: organization.name })}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
      </div>
    </ConfirmDialog>
  );
}
