import { useTranslation } from 'react-i18next';
import { Section } from '../../shared/ui/Section';
import { DeleteAccountSection } from './DeleteAccountSection';
import { ExportSection } from './ExportSection';

/** "Your data" on the account page: a copy of everything, or deleting the account. */
export function YourDataSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('privacy.title')} testId="your-data">
      <div className="flex flex-col gap-6">
        <ExportSection />
        <div className="border-t border-border pt-5">
          <DeleteAccountSection />
        </div>
      </div>
    </Section>
  );
}
