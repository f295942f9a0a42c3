import { useRef } from 'react';
import { FieldError } from '../../components/FieldError';
import { useFieldError } from '../../components/useFieldError';
import { asksGroups } from '../../../schemas/fields/activities';
import { newId } from '../../domain/newId';
import { useScheme } from '../../shell/DraftContext';
import { fieldId } from '../../routes/fieldId';
import type { RouteProps } from '../../routes/routeTable';
import { BACKGROUND, BACKGROUND_QUESTIONS } from '../../text/background';
import { stepFields } from '../stepForms';
import { StepForm } from '../StepForm';
import '../../components/field.css';
import './activities/CostLines.css';

const { Field, Fields, useList } = stepFields('background', BACKGROUND_QUESTIONS);

/** Aanleiding en doelen: the problem in the institution's own figures, measurable goals, and what the plan adds. */
export function BackgroundStep({ focusField }: RouteProps) {
  return (
    <StepForm step="background" intro={<p>{BACKGROUND.intro}</p>} focusField={focusField} summaryLabel={BACKGROUND.itemOfField}>
      <details className="guidance">
        <summary>{BACKGROUND.guidanceHeading}</summary>
        <div>
          {BACKGROUND.guidance.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </details>
      <Field name="problem" />
      <Figures />
      <Goals />
      <Field name="extra" />
    </StepForm>
  );
}

/** The figures: add and remove them; each is a fieldset of its own. */
function Figures() {
  const { fields, append, remove } = useList('figures');
  const addRef = useRef<HTMLButtonElement>(null);
  const error = useFieldError('figures');
  return (
    <section className="cost-lines" aria-labelledby="cijfers-titel">
      <h2 className="section-heading" id="cijfers-titel">
        {BACKGROUND.figuresHeading}
      </h2>
      <FieldError id={`${fieldId('figures')}-fout`} message={error} />
      {fields.map((field, index) => (
        <fieldset className="fieldset cost-line" key={field.key}>
          <legend className="fieldset__legend cost-line__legend">{BACKGROUND.figureHeading(index + 1)}</legend>
          <div className="cost-line__fields">
            <Fields at={`figures.${index}`} />
          </div>
          <button
            type="button"
            className="button button--subtle cost-line__remove"
            onClick={() => {
              remove(index);
              addRef.current?.focus();
            }}
          >
            {BACKGROUND.removeFigure(index + 1)}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          id={fieldId('figures')}
          ref={addRef}
          className="button button--secondary"
          onClick={() => append({ id: newId(), what: '', value: '', source: '' }, { focusName: `figures.${fields.length}.what` })}
        >
          {BACKGROUND.addFigure}
        </button>
      </p>
    </section>
  );
}

/** The goals, each for one or more target groups, with its indicator, target value and date. */
function Goals() {
  const { fields, append, remove } = useList('goals');
  const asked = asksGroups(useScheme());
  const addRef = useRef<HTMLButtonElement>(null);
  const error = useFieldError('goals');
  return (
    <section className="cost-lines" aria-labelledby="doelen-titel">
      <h2 className="section-heading" id="doelen-titel">
        {BACKGROUND.goalsHeading}
      </h2>
      <FieldError id={`${fieldId('goals')}-fout`} message={error} />
      {fields.map((field, index) => (
        <fieldset className="fieldset cost-line" key={field.key}>
          <legend className="fieldset__legend cost-line__legend">{BACKGROUND.goalHeading(index + 1)}</legend>
          <div className="cost-line__fields">
            <Fields at={`goals.${index}`} />
          </div>
          <button
            type="button"
            className="button button--subtle cost-line__remove"
            onClick={() => {
              remove(index);
              addRef.current?.focus();
            }}
          >
            {BACKGROUND.removeGoal(index + 1)}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          id={fieldId('goals')}
          ref={addRef}
          className="button button--secondary"
          onClick={() =>
            // A round with one target group asks no goal's group: the new goal starts at what it should achieve.
            append(
              { id: newId(), targetGroupIds: [], goal: '', indicator: '', targetValue: '', targetDate: '' },
              { focusName: `goals.${fields.length}.${asked ? 'targetGroupIds' : 'goal'}` },
            )
          }
        >
          {BACKGROUND.addGoal}
        </button>
      </p>
    </section>
  );
}
