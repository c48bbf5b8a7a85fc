import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import type { Invitation } from './api';

/**
 * What inviting gave: the link to accept it (to copy and share) and whether the server emailed it.
 * The link exists only in this answer: it is not shown again later.
 */
export function InviteResult({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  const copy = async () => {
    if (!invitation.acceptUrl) return;
    try {
      await navigator.clipboard.writeText(invitation.acceptUrl);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refusal): select the link for Ctrl+C instead.
      input.current?.select();
      setCopied('select');
    }
  };

  return (
    <div
      role="status"
      data-testid="invite-result"
      className="flex flex-col gap-2 rounded-lg border border-border bg-surface-2 p-3 text-sm"
    >
      <p className="font-medium text-fg">{t('invitations.created', { email: invitation.email })}</p>
      <p className="text-fg" data-testid="invite-email-sent">
        {invitation.emailSent ? t('invitations.emailSent', { email: invitation.email }) : t('invitations.emailNotSent')}
      </p>
      {invitation.acceptUrl && (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-xs font-medium text-muted">
            {t('invitations.link')}
          </label>
          <div className="flex flex-wrap gap-2 sm:flex-nowrap">
            <input
              ref={input}
              id={id}
              readOnly
              value={invitation.acceptUrl}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 basis-56 rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs text-fg"
            />
            <Button onClick={() => void copy()}>{t('invitations.copy')}</Button>
          </div>
          <p aria-live="polite" className="text-xs text-muted">
            {copied === 'yes' && t('invitations.copied')}
            {copied === 'select' && t('invitations.copyByHand')}
          </p>
        </div>
      )}
    </div>
  );
}
