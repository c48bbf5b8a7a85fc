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
  const { messages, error, retry, send } = useConversation();
  const [todayVersion, setTodayVersion] = useState(0);
  const input = useRef<HTMLTextAreaElement>(null);
  const refreshToday = () => setTodayVersion((n) => n + 1);

  useAdoptBrowserZone();

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
          loadError={error}
          onRetry={retry}
          onSend={async (content) => {
            await send(content);
            refreshToday();
          }}
        />
        <TodayPanel version={todayVersion} messages={messages} />
      </div>
    </AssistantLayout>
  );
}

/** On the first visit, the untouched UTC default becomes this browser's time zone. */
function useAdoptBrowserZone() {
  useEffect(() => {
    assistantApi
      .settings()
      .then((settings) => {
        const zone = zoneToAdopt(settings);
        return zone ? assistantApi.saveSettings({ ...settings, timeZone: zone }) : undefined;
      })
      .catch(() => {
        // Not worth an error on the chat page: the settings page shows the zone and saves it.
      });
  }, []);
}
