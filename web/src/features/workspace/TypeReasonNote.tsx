import { useTranslation } from 'react-i18next';
import type { Catalog, Generation } from '../../shared/api/types';

/**
 * Which kind of app a generation builds and why ("Dashboard — from your words: inventory"), so
 * that a person whose description was read differently from what they meant sees it at once and
 * can pick the type themselves next time.
 */
export function TypeReasonNote({ generation, catalog }: { generation: Generation; catalog: Catalog | null }) {
  const { t } = useTranslation();
  const reason = generation.typeReason;
  if (!reason) return null;
  const type = t(`catalog.types.${generation.type}`, {
    defaultValue: catalog?.types.find((x) => x.id === generation.type)?.label ?? generation.type,
  });
  let text = type;
  if (reason.source === 'description' && reason.evidence) {
    text = t('typeReason.description', { type, evidence: reason.evidence });
  } else if (reason.source === 'chosen' || reason.source === 'kept' || reason.source === 'default') {
    text = t(`typeReason.${reason.source}`, { type });
  }
  return (
    <p className="text-xs text-muted" data-testid="type-reason" data-source={reason.source}>
      {text}
    </p>
  );
}
