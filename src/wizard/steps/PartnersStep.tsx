import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { FieldError } from '../../components/FieldError';
import { fieldId } from '../../routes/fieldId';
import { PracticeExample } from '../../components/PracticeExample';
import { useFieldError } from '../../components/useFieldError';
import { newId } from '../../domain/newId';
import { activitiesLinkedToPartner, restorePartnerLinks } from '../../domain/partnerLinks';
import { PARTNER_QUESTIONS, PARTNERS } from '../../text/partners';
import { CrossStepNotices } from '../CrossStepNotices';
import { useDraftStore, useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import type { RouteProps } from '../../routes/routeTable';
import { stepFields, type FormValues } from '../stepForms';
import { StepForm } from '../StepForm';
import '../../components/field.css';
import './PartnersStep.css';

const { Fields, useValue, useList } = stepFields('partners', { partners: { fields: PARTNER_QUESTIONS } });

type Partner = FormValues<'partners'>['partners'][number];

export function PartnersStep({ focusField }: RouteProps) {
  const scheme = useScheme();
  const named = scheme.partnerTypes.filter((t) => t.namedInRegulation).map((t) => t.label);
  const others = scheme.partnerTypes.filter((t) => !t.namedInRegulation && !PARTNERS.introLeavesOut.includes(t.id)).map((t) => t.label);
  const examples = useGuidance().practiceExamples.filter((e) => PARTNERS.practiceExampleIds.includes(e.id));
  return (
    <StepForm step="partners" intro={<p>{PARTNERS.intro(named, others)}</p>} focusField={focusField} summaryLabel={partnerOfField}>
      <details className="guidance">
        <summary>{PARTNERS.typesGuidance}</summary>
        <div>
          <dl className="partner-types">
            {scheme.partnerTypes.map((type) => (
              <div key={type.id}>
                <dt>
                  {type.label}
                  {type.namedInRegulation && <span className="tag tag--named">{PARTNERS.namedInRegulation}</span>}
                </dt>
                <dd>{type.hint}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
      {examples.map((example) => (
        <PracticeExample key={example.id} example={example} title={PARTNERS.practiceGuidance(example.name)} />
      ))}
      <CrossStepNotices step="partners" warningHeading={PARTNERS.warningHeading} />
      <PartnerList />
    </StepForm>
  );
}

/** "partners.1.name" → "Partner 2", so an error in the summary says which partner it is about. */
function partnerOfField(name: string): string | undefined {
  const match = /^partners\.(\d+)\./.exec(name);
  return match ? PARTNERS.partnerHeading(Number(match[1]) + 1, '') : undefined;
}

interface Removed {
  partner: Partner;
  index: number;
  linkedActivityIds: string[];
}

type Message = { kind: 'removed'; removed: Removed } | { kind: 'restored'; name: string };

/** The repeatable group: add a partner, remove one (with undo), each with its own fields. */
function PartnerList() {
  const store = useDraftStore();
  const { getValues } = useFormContext<FormValues<'partners'>>();
  const { fields, append, remove, insert } = useList('partners');
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const listError = useFieldError('partners');
  /** The partner whose heading takes focus once it is rendered (after add or undo). */
  const focusRequest = useRef<string | null>(null);
  /** Activity links to restore once an undone partner is back in the draft. */
  const pendingLinks = useRef<{ partnerId: string; activityIds: string[] } | null>(null);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (!focusRequest.current) return;
    document.getElementById(headingId(focusRequest.current))?.focus();
    focusRequest.current = null;
  }, [fields]);

  // pruneHidden dropped the links when the partner left the draft; put them back when it returns.
  useEffect(
    () =>
      store.subscribe(() => {
        const pending = pendingLinks.current;
        if (!pending || !store.getSnapshot().answers.partners?.some((p) => p.id === pending.partnerId)) return;
        pendingLinks.current = null;
        store.update((d) => ({ ...d, answers: restorePartnerLinks(d.answers, pending.partnerId, pending.activityIds) }));
      }),
    [store],
  );

  const add = () => {
    const id = newId();
    focusRequest.current = id;
    append({ id, type: '', name: '', role: '', agreements: '' }, { shouldFocus: false });
    setMessage(null);
  };

  const removeAt = (index: number) => {
    const partner = getValues(`partners.${index}`);
    const linkedActivityIds = activitiesLinkedToPartner(store.getSnapshot().answers, partner.id);
    remove(index);
    setMessage({ kind: 'removed', removed: { partner: structuredClone(partner), index, linkedActivityIds } });
  };

  const undo = (removed: Removed) => {
    if (removed.linkedActivityIds.length > 0) pendingLinks.current = { partnerId: removed.partner.id, activityIds: removed.linkedActivityIds };
    focusRequest.current = removed.partner.id;
    insert(Math.min(removed.index, fields.length), removed.partner, { shouldFocus: false });
    setMessage({ kind: 'restored', name: removed.partner.name?.trim() ?? '' });
  };

  return (
    <section className="partner-list" aria-labelledby="partners-heading">
      <h2 className="section-heading" id="partners-heading">
        {PARTNERS.listHeading}
      </h2>
      {message?.kind === 'removed' && (
        <div className="notice notice--success" ref={messageRef} tabIndex={-1}>
          <p>
            {PARTNERS.removed(message.removed.partner.name?.trim() ?? '')}
            {message.removed.linkedActivityIds.length > 0 && <> {PARTNERS.removedLinks(message.removed.linkedActivityIds.length)}</>}
          </p>
          <button type="button" className="button button--secondary" onClick={() => undo(message.removed)}>
            {PARTNERS.undo}
          </button>
        </div>
      )}
      <div role="status" className="partner-list__status">
        {message?.kind === 'restored' && <p className="notice notice--success">{PARTNERS.restored(message.name)}</p>}
      </div>
      {fields.length === 0 && <p className="empty-value">{PARTNERS.empty}</p>}
      {fields.map((field, index) => (
        <PartnerItem key={field.key} index={index} partnerId={field.id} onRemove={() => removeAt(index)} />
      ))}
      <div id={fieldId('partners')} className={`partner-list__add${listError ? ' field--invalid' : ''}`}>
        <FieldError id={`${fieldId('partners')}-error`} message={listError} />
        <button type="button" className="button button--secondary" onClick={add}>
          {fields.length === 0 ? PARTNERS.add : PARTNERS.addAnother}
        </button>
      </div>
    </section>
  );
}

function headingId(partnerId: string) {
  return `partner-${partnerId}-heading`;
}

function PartnerItem({ index, partnerId, onRemove }: { index: number; partnerId: string; onRemove: () => void }) {
  const scheme = useScheme();
  const typeValue = useValue(`partners.${index}.type`);
  const partnerName = (useValue(`partners.${index}.name`) ?? '').trim();
  const choices = scheme.partnerTypes.map((type) => ({
    value: type.id,
    label: type.namedInRegulation ? `${type.label} (${PARTNERS.namedInRegulation})` : type.label,
    reveal: type.hint ? <p className="choice__hint">{type.hint}</p> : undefined,
  }));
  return (
    <section className="card partner" aria-labelledby={headingId(partnerId)}>
      <h3 className="partner__heading" id={headingId(partnerId)} tabIndex={-1}>
        {PARTNERS.partnerHeading(index + 1, partnerName)}
      </h3>
      <Fields at={`partners.${index}`} overrides={{ type: { choices, checked: typeValue } }} />
      <button type="button" className="button button--danger" onClick={onRemove}>
        {PARTNERS.remove}
        <span className="visually-hidden">{PARTNERS.removeContext(index + 1, partnerName)}</span>
      </button>
    </section>
  );
}
