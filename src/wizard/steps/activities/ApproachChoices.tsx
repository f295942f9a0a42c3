import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { FieldError } from '../../../components/FieldError';
import { fieldId } from '../../../routes/fieldId';
import { useFieldError } from '../../../components/useFieldError';
import { ACTIVITY_FIELDS } from '../../../../schemas/fields/activities';
import { questionHint, questionLabel } from '../../../../schemas/fields/questions';
import { ACTIVITIES, ACTIVITY_QUESTIONS } from '../../../text/activities';
import { useScheme } from '../../../shell/DraftContext';
import type { FormValues } from '../../stepForms';
import { activityForm } from './activityForm';
import '../../../components/field.css';
import './ApproachChoices.css';

const NAME = 'approachIds' as const;

/**
 * The approaches of the mechanisms ticked above, one group per mechanism. When a mechanism is
 * unticked its approaches are unticked too, so no hidden choice stays behind in the draft.
 */
export function ApproachChoices({ chosenApproachIds }: { chosenApproachIds: readonly string[] }) {
  const scheme = useScheme();
  const { register, getValues, setValue } = useFormContext<FormValues<'activity'>>();
  const mechanismIds = activityForm.useValue('mechanismIds') ?? [];
  const mechanisms = scheme.mechanisms.filter((m) => mechanismIds.includes(m.id));
  const error = useFieldError(NAME);
  const id = fieldId(NAME);

  const allowedKey = mechanisms.map((m) => m.id).join(' ');
  useEffect(() => {
    const allowed = new Set(scheme.mechanisms.filter((m) => allowedKey.split(' ').includes(m.id)).flatMap((m) => m.approaches.map((a) => a.id)));
    const current = getValues(NAME) ?? [];
    if (current.some((a) => !allowed.has(a))) setValue(NAME, current.filter((a) => allowed.has(a)));
  }, [allowedKey, scheme, getValues, setValue]);

  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy}>
        <legend className="fieldset__legend">{questionLabel(ACTIVITY_FIELDS.approachIds, ACTIVITY_QUESTIONS.approachIds, { scheme })}</legend>
        <p className="field__hint" id={`${id}-hint`}>
          {mechanisms.length === 0 ? ACTIVITIES.approachesEmpty : questionHint(ACTIVITY_QUESTIONS.approachIds, { scheme })}
        </p>
        <FieldError id={`${id}-error`} message={error} />
        {mechanisms.map((mechanism) => (
          <fieldset className="fieldset approach-group" key={mechanism.id}>
            <legend className="approach-group__legend">{ACTIVITIES.mechanismLabel(mechanism.number, mechanism.name)}</legend>
            <div className="choices">
              {mechanism.approaches.map((approach) => {
                const optionId = `${id}-${approach.id}`;
                const chosen = chosenApproachIds.includes(approach.id);
                return (
                  <div className="choice" key={approach.id}>
                    <input
                      className="choice__input"
                      type="checkbox"
                      id={optionId}
                      value={approach.id}
                      aria-describedby={chosen ? `${optionId}-hint` : undefined}
                      {...register(NAME)}
                    />
                    <label className="choice__label" htmlFor={optionId}>
                      {approach.name}
                    </label>
                    {chosen && (
                      <p className="choice__hint" id={`${optionId}-hint`}>
                        {ACTIVITIES.approachChosen}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
