import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { AssistantLayout } from '../AssistantLayout';
import { PhoneFrame } from './PhoneFrame';
import { SimulatorComposer } from './SimulatorComposer';
import { SmsStateProvider, useSms } from './SmsStateContext';
import type { SmsMessage, SmsState } from './smsApi';
import { SMS_POLL_MS, useSmsMessages } from './useSmsMessages';

/** After this long without an answer, stop showing that the Assistant is answering (a STOP gets none). */
const ANSWER_WAIT_MS = 30_000;

/**
 * "Text messages": the conversation by SMS, drawn as a phone. With no SMS provider it is the
 * simulator (type a text as if from your phone); with one, a read-only history of the texts.
 */
export function SmsPage({ pollMs = SMS_POLL_MS }: { pollMs?: number }) {
  const { t } = useTranslation();
  return (
    <AssistantLayout title={t('assistant.sms.pageTitle')}>
      <SmsStateProvider>
        <SmsConversation pollMs={pollMs} />
      </SmsStateProvider>
    </AssistantLayout>
  );
}

function SmsConversation({ pollMs }: { pollMs: number }) {
  const { t } = useTranslation();
  const { state, error, unavailable, reload } = useSms();
  if (unavailable) return <p className="text-base text-muted">{t('assistant.sms.unavailable')}</p>;
  if (state === null && error) return <ErrorAlert error={error} onRetry={reload} />;
  if (state === null) return <Loading />;
  return <SmsPhoneView state={state} pollMs={pollMs} />;
}

function SmsPhoneView({ state, pollMs }: { state: SmsState; pollMs: number }) {
  const { t } = useTranslation();
  const { reload } = useSms();
  const { messages, error, refresh } = useSmsMessages(pollMs);
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const simulator = state.mode === 'simulator';
  const verified = state.phone?.verified ?? false;
  const number = state.assistantNumber;

  // A text can change the state (STOP, START): read it again when new texts arrive.
  const seen = useRef<number | null>(null);
  const reloadState = useRef(reload);
  useEffect(() => {
    reloadState.current = reload;
  });
  const count = messages?.length ?? null;
  useEffect(() => {
    if (count !== null && seen.current !== null && count > seen.current) reloadState.current();
    if (count !== null) seen.current = count;
  }, [count]);

  useEffect(() => {
    if (!waitingFor) return;
    const timer = setTimeout(() => setWaitingFor(null), ANSWER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [waitingFor]);

  const waiting = waitingFor !== null && !answered(messages, waitingFor);
  const heading = simulator
    ? t('assistant.sms.simulatorTitle')
    : verified && number
      ? t('assistant.sms.textFrom', { number })
      : t('assistant.sms.pageTitle');

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-2xl font-semibold text-fg">{heading}</h2>
      {simulator && <p className="text-sm text-muted">{t('assistant.sms.simulatorIntro')}</p>}
      {!simulator && !verified && (
        <p className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg" data-testid="sms-no-phone">
          {t(state.phone ? 'assistant.sms.explainVerify' : 'assistant.sms.explainNoPhone')}{' '}
          <Link to="/assistant/settings" className="font-medium text-link underline underline-offset-2">
            {t('assistant.sms.goSettings')}
          </Link>
        </p>
      )}
      {state.phone?.optedOut && (
        <p role="status" className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-fg">
          {number ? t('assistant.sms.optedOut', { number }) : t('assistant.sms.optedOutNoNumber')}
        </p>
      )}
      <PhoneFrame
        contact={number}
        messages={messages}
        error={error}
        onRetry={() => void refresh()}
        waiting={waiting}
        empty={
          simulator && verified
            ? t('assistant.sms.emptyTry', { example: t('assistant.sms.composerExample') })
            : t('assistant.sms.empty')
        }
        footer={
          simulator ? (
            <SimulatorComposer
              enabled={verified}
              onSent={(id) => {
                setWaitingFor(id);
                void refresh();
              }}
            />
          ) : (
            <p className="border-t border-border bg-surface px-3 py-2 text-center text-xs text-muted">
              {t('assistant.sms.readOnly')}
            </p>
          )
        }
      />
    </div>
  );
}

/** Whether the Assistant has texted back since the person's text `id` (not yet listed = not answered). */
function answered(messages: SmsMessage[] | null, id: string): boolean {
  const at = messages?.findIndex((m) => m.id === id) ?? -1;
  return at >= 0 && messages!.slice(at + 1).some((m) => m.direction === 'outbound');
}
