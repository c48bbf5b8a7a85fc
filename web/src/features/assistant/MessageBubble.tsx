import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import type { ChatMessage, StepView } from './api';
import { intentLabel, stepLine } from './steps';
import type { LiveReply } from './useConversation';

const BUBBLE = 'rounded-2xl px-4 py-2 text-base break-words whitespace-pre-wrap';

/** A stored message: the person's, or a reply with what it did and who wrote it (rules or an AI model). */
export function MessageBubble({ message, timeZone }: { message: ChatMessage; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const mine = message.role === 'user';
  // Replies from before the agent (and not-AI ones) tell what they did by their intent.
  const intentStep = message.steps.length === 0 && message.notAi ? intentLabel(t, message.intent) : null;
  return (
    <li
      data-testid={mine ? 'message-user' : 'message-assistant'}
      className={`flex max-w-[85%] flex-col gap-1 ${mine ? 'self-end items-end' : 'self-start items-start'}`}
    >
      <span className="sr-only">{mine ? t('assistant.chat.you') : t('assistant.chat.assistant')}</span>
      <p className={`${BUBBLE} ${mine ? 'bg-accent text-accent-fg' : 'bg-surface-2 text-fg'}`}>{message.content}</p>
      {message.steps.length > 0 && <StepList steps={message.steps} timeZone={timeZone} />}
      <span className="flex flex-wrap items-center gap-2 text-xs text-muted">
        {intentStep && <span data-testid="step">✓ {intentStep}</span>}
        {!mine &&
          (message.notAi ? (
            <span className="rounded border border-border px-1.5 py-0.5" title={t('assistant.chat.notAiHint')}>
              {t('assistant.chat.notAi')}
            </span>
          ) : (
            <span
              data-testid="ai-label"
              className="rounded border border-border px-1.5 py-0.5"
              title={t('assistant.chat.aiHint', { model: message.model ?? '?' })}
            >
              {t('assistant.chat.ai')}
            </span>
          ))}
        <time dateTime={message.createdAt}>{dateTime(message.createdAt, i18n.language)}</time>
      </span>
    </li>
  );
}

/**
 * The reply while it is written: a calm "thinking" until the first words, then the words as they
 * come, and the steps as they happen. Not a live region: screen readers hear the stored reply once.
 */
export function LiveBubble({ live, timeZone }: { live: LiveReply; timeZone?: string }) {
  const { t } = useTranslation();
  return (
    <li data-testid="message-live" aria-busy="true" className="flex max-w-[85%] flex-col items-start gap-1 self-start">
      <span className="sr-only">{t('assistant.chat.assistant')}</span>
      {live.text ? (
        <p className={`${BUBBLE} bg-surface-2 text-fg`}>{live.text}</p>
      ) : (
        <p data-testid="thinking" className={`${BUBBLE} bg-surface-2 text-muted`}>
          <span aria-hidden="true" className="mr-2 motion-safe:animate-pulse">
            •••
          </span>
          {t('assistant.chat.thinking')}
        </p>
      )}
      {live.steps.length > 0 && <StepList steps={live.steps} timeZone={timeZone} />}
    </li>
  );
}

function StepList({ steps, timeZone }: { steps: StepView[]; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="flex flex-col gap-0.5 px-1 text-sm text-muted">
      {steps.map((step, i) => (
        <li key={i} data-testid="step" className="flex gap-1.5">
          <span aria-hidden="true" className={step.ok ? 'text-success' : 'text-danger'}>
            {step.ok ? '✓' : '✗'}
          </span>
          <span>{stepLine(t, step, i18n.language, timeZone)}</span>
        </li>
      ))}
    </ul>
  );
}

/** What screen readers hear once a reply is stored: its words, then what it did. */
export function announcement(t: TFunction, reply: ChatMessage, language: string, timeZone?: string): string {
  return [reply.content, ...reply.steps.map((s) => stepLine(t, s, language, timeZone))].map(sentence).join(' ');
}

/** Ends with a full stop unless it already ends a sentence: the reader pauses between the parts. */
function sentence(text: string): string {
  return /[.!?…。！？]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
