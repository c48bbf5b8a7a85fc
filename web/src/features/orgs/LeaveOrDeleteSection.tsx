import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { useOrganizations } from '../../shared/org/OrganizationContext';
import type { Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Section } from '../../shared/ui/Section';
import { useToast } from '../../shared/ui/Toasts';
import { orgApi } from './api';
import { DeleteOrganizationDialog } from './DeleteOrganizationDialog';
import { problemText } from '../../shared/org/problemText';

/** Leaving the organisation (anyone but its last owner), and deleting it (owners). */
export function LeaveOrDeleteSection({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { user } = useSession();
  const { reload } = useOrganizations();
  const [dialog, setDialog] = useState<'leave' | 'delete' | null>(null);

  /** Off to my projects first, so the page of an organisation I am no longer in does not reload. */
  const gone = (message: string) => {
    navigate('/projects');
    toast(message);
    void reload().catch(() => undefined);
  };

  return (
    <Section title={t('org.leave.sectionTitle')} testId="org-danger">
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-w-0 flex-1 basis-64 text-sm text-muted">{t('org.leave.body')}</p>
          <Button variant="secondary" onClick={() => setDialog('leave')}>
            {t('org.leave.action')}
          </Button>
        </div>
        {organization.role === 'owner' && (
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
            <p className="min-w-0 flex-1 basis-64 text-sm text-muted">{t('org.delete.hint')}</p>
            <Button variant="danger" onClick={() => setDialog('delete')}>
              {t('org.delete.action')}
            </Button>
          </div>
        )}
      </div>
      {dialog === 'leave' && (
        <ConfirmDialog
          title={t('org.leave.title', { name: organization.name })}
          confirmLabel={t('org.leave.confirm')}
          danger
          describeError={(e) => problemText(t, e)}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await orgApi.removeMember(organization.id, user?.id ?? '');
            gone(t('org.leave.done', { name: organization.name }));
          }}
        >
          <Trans i18nKey="org.leave.confirmBody" values={{ name: organization.name }} components={{ b: <strong /> }} />
        </ConfirmDialog>
      )}
      {dialog === 'delete' && (
        <DeleteOrganizationDialog
          organization={organization}
          onClose={() => setDialog(null)}
          onDeleted={() => gone(t('org.delete.done', { name: organization.name }))}
        />
      )}
    </Section>
  );
}
