import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { SmsBubble } from './SmsBubble';
import type { SmsMessage } from './smsApi';

/**
 * The text history drawn as a phone (at most 380 px wide): the newest text stays in view, and a
 * screen reader hears new texts as they arrive (the list is a log).
 */
export function PhoneFrame({
  contact,
  messages,
  error,
  onRetry,
  waiting,
  empty,
  footer,
}: {
  /** The number the person texts, shown like a contact's. */
  contact: string | null;
  messages: SmsMessage[] | null;
  error: unknown;
  onRetry: () => void;
  /** A text was just sent: show that the Assistant is answering. */
  waiting: boolean;
  /** What an empty history says. */
  empty: string;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const toEnd = () => {
      const el = scroller.current;
      if (el) el.scrollTop = el.scrollHeight;
    };
    toEnd();
    // Once more after layout: fonts and wrapped lines can still change the height.
    const frame = requestAnimationFrame(toEnd);
    return () => cancelAnimationFrame(frame);
  }, [messages?.length, waiting]);

  return (
    <section
      aria-label={t('assistant.sms.frameLabel')}
      data-testid="sms-phone-frame"
      className="mx-auto flex w-full max-w-[380px] flex-col overflow-hidden rounded-[2.25rem] border-[6px] border-fg/80 bg-bg shadow-lg"
    >
      <div className="flex flex-col items-center gap-0.5 border-b border-border bg-surface px-4 pt-2 pb-2">
        <span aria-hidden="true" className="mb-1 h-1.5 w-16 rounded-full bg-border" />
        <span className="text-sm font-semibold text-fg">{t('assistant.sms.contactName')}</span>
        {contact && <span className="text-xs text-muted tabular-nums">{contact}</span>}
      </div>
      <div
        ref={scroller}
        role="log"
        aria-label={t('assistant.sms.historyLabel')}
        tabIndex={0}
        className="flex h-[min(60vh,560px)] min-h-72 flex-col overflow-y-auto p-3 focus-visible:outline-2"
      >
        {messages === null && error ? (
          <ErrorAlert error={error} onRetry={onRetry} />
        ) : messages === null ? (
          <Loading />
        ) : messages.length === 0 && !waiting ? (
          <p className="m-auto max-w-64 text-center text-sm text-muted">{empty}</p>
        ) : (
          <ol className="mt-auto flex flex-col gap-2">
            {messages.map((m) => (
              <SmsBubble key={m.id} message={m} />
            ))}
            {waiting && (
              <li
                data-testid="sms-waiting"
                className="self-start rounded-2xl rounded-bl-sm bg-surface-2 px-3 py-2 text-sm text-muted"
              >
                <span aria-hidden="true" className="mr-1 motion-safe:animate-pulse">
                  •••
                </span>
                {t('assistant.sms.answering')}
              </li>
            )}
          </ol>
        )}
      </div>
      {footer}
    </section>
  );
}
