import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assistantApi } from './api';
import { AssistantLayout } from './AssistantLayout';
import { ChatPanel } from './ChatPanel';
import { TodayPanel } from './TodayPanel';
import { zoneToAdopt } from './timeZones';
import { useConversation } from './useConversation';

/** The Assistant: talk to it, and see today's tasks and reminders next to (or under) the chat. */
export function AssistantPage() {
  const { t } = useTranslation();
  const { messages, live, lastReply, error, retry, send } = useConversation();
  const [todayVersion, setTodayVersion] = useState(0);
  const input = useRef<HTMLTextAreaElement>(null);
  const refreshToday = () => setTodayVersion((n) => n + 1);

  const timeZone = useAdoptBrowserZone();

  // Once the conversation is there, the input is the one next action: focus it (after the app
  // has moved focus to the page on navigation).
  const loaded = messages !== null;
  useEffect(() => {
    if (loaded) input.current?.focus();
  }, [loaded]);

  return (
    <AssistantLayout title={t('assistant.title')} onFocusInput={() => input.current?.focus()} onNudgeHandled={refreshToday} wide>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <ChatPanel
          ref={input}
          messages={messages}
          live={live}
          lastReply={lastReply}
          timeZone={timeZone}
          loadError={error}
          onRetry={retry}
          onSend={async (content) => {
            // Each step may have changed a task or a reminder: Today shows it at once.
            try {
              await send(content, refreshToday);
            } finally {
              refreshToday();
            }
          }}
        />
        <TodayPanel version={todayVersion} messages={messages} />
      </div>
    </AssistantLayout>
  );
}

/**
 * On the first visit, the untouched UTC default becomes this browser's time zone. Returns the
 * person's zone once known (the chat shows the times of the Assistant's steps in it).
 */
function useAdoptBrowserZone(): string | undefined {
  const [timeZone, setTimeZone] = useState<string>();
  useEffect(() => {
    let active = true;
    assistantApi
      .settings()
      .then((settings) => {
        const zone = zoneToAdopt(settings);
        if (active) setTimeZone(zone ?? settings.timeZone);
        return zone ? assistantApi.saveSettings({ ...settings, timeZone: zone }) : undefined;
      })
      .catch(() => {
        // Not worth an error on the chat page: the settings page shows the zone and saves it.
      });
    return () => {
      active = false;
    };
  }, []);
  return timeZone;
}
