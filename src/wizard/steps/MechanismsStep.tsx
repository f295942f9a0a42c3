import { useEffect, useRef } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import type { Scheme } from '../../../schemas/scheme';
import { FieldError } from '../../components/FieldError';
import { fieldId } from '../../routes/fieldId';
import { useFieldError } from '../../components/useFieldError';
import { chosenInsertIndex } from '../../domain/chosenInsertIndex';
import { MECHANISMS } from '../../text/mechanisms';
import { CrossStepNotices } from '../CrossStepNotices';
import { useDraftStore, useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import { StepForm } from '../StepForm';
import type { FormValues } from '../stepForms';
import { MechanismCard } from './MechanismCard';
import { mechanismsForm } from './mechanismsForm';
import '../../components/field.css';
import './MechanismsStep.css';

const { useList } = mechanismsForm;

export function MechanismsStep({ focusField }: { focusField?: string }) {
  const scheme = useScheme();
  const store = useDraftStore();
  // "chosen.2.rationale" → "Mechanisme 4 (…)": the messages are the same for every mechanism.
  // The store holds the form's values as they are at submit time.
  const summaryLabel = (name: string) => {
    const index = /^chosen\.(\d+)\./.exec(name)?.[1];
    if (index === undefined) return undefined;
    const id = store.getSnapshot().answers.mechanisms?.chosen?.[Number(index)]?.mechanismId;
    const mechanism = scheme.mechanisms.find((m) => m.id === id);
    return mechanism && MECHANISMS.summaryLabel(mechanism.number, mechanism.name);
  };
  return (
    <StepForm step="mechanisms" intro={<p>{MECHANISMS.intro}</p>} focusField={focusField} summaryLabel={summaryLabel}>
      <div className="notice mechanisms__how-to">
        <h2 className="notice__title">{MECHANISMS.howTo}</h2>
        <ol>
          {MECHANISMS.howToSteps.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
        <p>{MECHANISMS.activityNote}</p>
      </div>
      <CrossStepNotices step="mechanisms" warningHeading={MECHANISMS.warningHeading} />
      <MechanismList scheme={scheme} />
    </StepForm>
  );
}

function MechanismList({ scheme }: { scheme: Scheme }) {
  const guidance = useGuidance();
  const { control, clearErrors, getValues } = useFormContext<FormValues<'mechanisms'>>();
  // Choosing and unchoosing adds and removes whole entries, so no stale approaches or rationale remain.
  const { fields, insert, remove } = useList('chosen');
  // After a failed submit react-hook-form re-validates the whole list on every insert or remove, which
  // would flag questions the user has only just been shown. Like GOV.UK, those wait for the next submit:
  // mechanisms chosen since the last submit have their errors cleared once that validation (microtasks
  // only) has run.
  const { submitCount } = useFormState({ control });
  const chosenSinceSubmit = useRef(new Set<string>());
  useEffect(() => chosenSinceSubmit.current.clear(), [submitCount]);
  const calmNewQuestions = () =>
    setTimeout(() =>
      (getValues('chosen') ?? []).forEach((choice, i) => {
        if (chosenSinceSubmit.current.has(choice.mechanismId)) clearErrors(`chosen.${i}`);
      }),
    );
  const error = useFieldError('chosen');
  const id = fieldId('chosen');
  const chosenIds = fields.map((f) => f.mechanismId);
  const order = scheme.mechanisms.map((m) => m.id);
  const toggle = (mechanismId: string, on: boolean) => {
    const index = chosenIds.indexOf(mechanismId);
    if (on && index === -1) {
      chosenSinceSubmit.current.add(mechanismId);
      insert(chosenInsertIndex(chosenIds, mechanismId, order), { mechanismId, approachIds: [], rationale: '' }, { shouldFocus: false });
    } else if (!on && index !== -1) {
      remove(index);
    }
    calmNewQuestions();
  };
  return (
    <div className={`field mechanism-list${error ? ' field--invalid' : ''}`} id={id}>
      <FieldError id={`${id}-error`} message={error} />
      {fields.map((field, index) =>
        order.includes(field.mechanismId) ? null : (
          // An entry from a draft of another scheme round: it cannot be shown as a card, so offer to remove it.
          <div className="notice notice--warning" key={field.key} id={fieldId(`chosen.${index}.mechanismId`)}>
            <p>
              <strong>{MECHANISMS.unknownTitle}</strong>
            </p>
            <p>{MECHANISMS.unknownBody(field.mechanismId)}</p>
            <button type="button" className="button button--secondary" onClick={() => remove(index)}>
              {MECHANISMS.unknownRemove(field.mechanismId)}
            </button>
          </div>
        ),
      )}
      {scheme.mechanisms.map((mechanism) => {
        const index = chosenIds.indexOf(mechanism.id);
        return (
          <MechanismCard
            key={mechanism.id}
            mechanism={mechanism}
            guidance={guidance}
            index={index === -1 ? undefined : index}
            onToggle={(on) => toggle(mechanism.id, on)}
            errorId={error ? `${id}-error` : undefined}
          />
        );
      })}
    </div>
  );
}
