import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { shortWhen } from './smsFormat';
import type { SmsMessage } from './smsApi';

/**
 * One text, as on a phone: what the person texted on the right in blue, the Assistant's on the
 * left in grey, with the Assistant's delivery state under it (✓ sent, ✓✓ delivered, ✗ failed).
 */
export function SmsBubble({ message }: { message: SmsMessage }) {
  const { t, i18n } = useTranslation();
  const mine = message.direction === 'inbound';
  const delivery = mine ? null : deliveryLine(t, message);
  return (
    <li
      data-testid="sms-message"
      data-direction={message.direction}
      data-status={message.status}
      className={`flex max-w-[85%] flex-col gap-0.5 ${mine ? 'items-end self-end' : 'items-start self-start'}`}
    >
      <span className="sr-only">{mine ? t('assistant.sms.you') : t('assistant.sms.assistant')}</span>
      <p
        className={`rounded-2xl px-3 py-2 text-base break-words whitespace-pre-wrap ${
          mine ? 'rounded-br-sm bg-blue-600 text-white' : 'rounded-bl-sm bg-surface-2 text-fg'
        }`}
      >
        {message.body}
      </p>
      <span className="flex flex-wrap items-center gap-x-1.5 px-1 text-xs text-muted">
        <time dateTime={message.createdAt}>{shortWhen(message.createdAt, i18n.language)}</time>
        <span aria-hidden="true">·</span>
        <span title={message.encoding}>{t('assistant.sms.segments', { count: message.segments })}</span>
        {delivery && (
          <>
            <span aria-hidden="true">·</span>
            <span data-testid="sms-delivery" className={delivery.bad ? 'text-danger' : undefined}>
              <span aria-hidden="true">{delivery.mark} </span>
              {delivery.text}
            </span>
          </>
        )}
      </span>
    </li>
  );
}

function deliveryLine(t: TFunction, message: SmsMessage): { mark: string; text: string; bad: boolean } | null {
  const code = message.errorCode ?? '?';
  switch (message.status) {
    case 'pending':
    case 'queued':
      return { mark: '…', text: t('assistant.sms.status.sending'), bad: false };
    case 'sent':
      return { mark: '✓', text: t('assistant.sms.status.sent'), bad: false };
    case 'delivered':
      return { mark: '✓✓', text: t('assistant.sms.status.delivered'), bad: false };
    case 'undelivered':
      return { mark: '✗', text: t('assistant.sms.status.undelivered', { code }), bad: true };
    case 'failed':
      return { mark: '✗', text: t('assistant.sms.status.failed', { code }), bad: true };
    case 'blocked':
      return { mark: '⊘', text: t('assistant.sms.status.blocked'), bad: true };
    default:
      return null;
  }
}
