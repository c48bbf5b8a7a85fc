import { useTranslation } from 'react-i18next';
import type { Catalog, ChoiceReason, Generation } from '../../shared/api/types';

/**
 * Which framework and kind of app a generation builds and why ("React + Vite — from your words:
 * React app", "CRUD dashboard — from your words: inventory"), so that a person whose description
 * was read differently from what they meant sees it at once and can pick it themselves next time.
 */
export function ChoiceReasonNotes({ generation, catalog }: { generation: Generation; catalog: Catalog | null }) {
  const { t } = useTranslation();
  const framework = catalog?.frameworks.find((f) => f.id === generation.framework)?.label ?? generation.framework;
  const type = t(`catalog.types.${generation.type}`, {
    defaultValue: catalog?.types.find((x) => x.id === generation.type)?.label ?? generation.type,
  });
  return (
    <>
      <Note kind="framework" label={framework} reason={generation.frameworkReason} />
      <Note kind="type" label={type} reason={generation.typeReason} />
    </>
  );
}

/** One line: "{label} — why", in the `frameworkReason` or `typeReason` words; the label alone for an unknown reason. */
function Note({ kind, label, reason }: { kind: 'framework' | 'type'; label: string; reason?: ChoiceReason | null }) {
  const { t } = useTranslation();
  if (!reason) return null;
  const values = { [kind]: label };
  let text = label;
  if (reason.source === 'description' && reason.evidence) {
    text = t(`${kind}Reason.description`, { ...values, evidence: reason.evidence });
  } else if (reason.source === 'chosen' || reason.source === 'kept' || reason.source === 'default') {
    text = t(`${kind}Reason.${reason.source}`, values);
  }
  return (
    <p className="text-xs text-muted" data-testid={`${kind}-reason`} data-source={reason.source}>
      {text}
    </p>
  );
}
