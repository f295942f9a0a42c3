import { useRef, type ReactNode } from 'react';
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
  return (
    <FieldsetList
      name="figures"
      keys={fields.map((f) => f.key)}
      heading={BACKGROUND.figuresHeading}
      itemHeading={BACKGROUND.figureHeading}
      removeLabel={BACKGROUND.removeFigure}
      addLabel={BACKGROUND.addFigure}
      item={(index) => <Fields at={`figures.${index}`} />}
      onRemove={remove}
      onAdd={() => append({ id: newId(), what: '', value: '', source: '' }, { focusName: `figures.${fields.length}.what` })}
    />
  );
}

/** The goals, each for one or more target groups, with its indicator, target value and date. */
function Goals() {
  const { fields, append, remove } = useList('goals');
  const asked = asksGroups(useScheme());
  return (
    <FieldsetList
      name="goals"
      keys={fields.map((f) => f.key)}
      heading={BACKGROUND.goalsHeading}
      itemHeading={BACKGROUND.goalHeading}
      removeLabel={BACKGROUND.removeGoal}
      addLabel={BACKGROUND.addGoal}
      item={(index) => <Fields at={`goals.${index}`} />}
      onRemove={remove}
      onAdd={() =>
        // A round with one target group asks no goal's group: the new goal starts at what it should achieve.
        append(
          { id: newId(), targetGroupIds: [], goal: '', indicator: '', targetValue: '', targetDate: '' },
          { focusName: `goals.${fields.length}.${asked ? 'targetGroupIds' : 'goal'}` },
        )
      }
    />
  );
}

interface FieldsetListProps {
  name: 'figures' | 'goals';
  keys: string[];
  heading: string;
  itemHeading: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  item: (index: number) => ReactNode;
  onRemove: (index: number) => void;
  onAdd: () => void;
}

/**
 * A list of short answers, each a fieldset with its own remove button, and an add button that is
 * the list's anchor (the error summary links to it); after a removal the focus goes to it.
 */
function FieldsetList({ name, keys, heading, itemHeading, removeLabel, addLabel, item, onRemove, onAdd }: FieldsetListProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const error = useFieldError(name);
  const titleId = `${name}-titel`;
  return (
    <section className="cost-lines" aria-labelledby={titleId}>
      <h2 className="section-heading" id={titleId}>
        {heading}
      </h2>
      <FieldError id={`${fieldId(name)}-fout`} message={error} />
      {keys.map((key, index) => (
        <fieldset className="fieldset cost-line" key={key}>
          <legend className="fieldset__legend cost-line__legend">{itemHeading(index + 1)}</legend>
          <div className="cost-line__fields">{item(index)}</div>
          <button
            type="button"
            className="button button--subtle cost-line__remove"
            onClick={() => {
              onRemove(index);
              addRef.current?.focus();
            }}
          >
            {removeLabel(index + 1)}
          </button>
        </fieldset>
      ))}
      <p>
        <button type="button" id={fieldId(name)} ref={addRef} className="button button--secondary" onClick={onAdd}>
          {addLabel}
        </button>
      </p>
    </section>
  );
}
