import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { problemText } from '../../shared/org/problemText';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { useToast } from '../../shared/ui/Toasts';
import { privacyApi } from './api';

/** "Delete my account": only after typing its email; then signed out, on the sign-in page. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { user, signOut } = useSession();
  const { stepUp } = useStepUp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const email = user?.email ?? '';
  const matches = email !== '' && typed.trim().toLowerCase() === email.toLowerCase();

  return (
    <div className="flex flex-col gap-3" data-testid="delete-account">
      <h3 className="text-base font-semibold text-fg">{t('privacy.delete.title')}</h3>
      <p className="text-sm text-muted">{t('privacy.delete.intro')}</p>
      <div>
        <Button
          variant="danger"
          onClick={() => {
            setTyped('');
            setOpen(true);
          }}
        >
          {t('privacy.delete.action')}
        </Button>
      </div>
      {open && (
        <ConfirmDialog
          title={t('privacy.delete.dialogTitle')}
          confirmLabel={t('privacy.delete.confirm')}
          danger
          confirmDisabled={!matches}
          describeError={(e) => problemText(t, e)}
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            // Typed in any case; the account's own spelling is what the server compares.
            // A session older than 5 minutes confirms it's the owner first; closing that keeps this dialog.
            try {
              await stepUp(() => privacyApi.deleteAccount(email));
            } catch (e) {
              if (isStepUpCancelled(e)) return;
              throw e;
            }
            await signOut();
            toast(t('privacy.delete.done'));
            navigate('/signin', { replace: true });
          }}
        >
          <div className="flex flex-col gap-3">
            <p>
              <Trans i18nKey="privacy.delete.body" values={{ email }} components={{ b: <strong /> }} />
            </p>
            <TextField
              label={t('privacy.delete.typeEmail', { email })}
              type="email"
              autoComplete="off"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              data-autofocus
            />
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
