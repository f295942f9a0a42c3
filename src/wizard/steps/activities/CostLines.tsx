import { useRef } from 'react';
import { budgetTotals } from '../../../domain/budget';
import { formatEuro } from '../../../domain/formatEuro';
import { newId } from '../../../domain/newId';
import { ACTIVITIES } from '../../../text/activities';
import { useScheme } from '../../../shell/DraftContext';
import { activityForm } from './activityForm';
import '../../../components/field.css';
import './CostLines.css';

const { Fields, useList, useValue } = activityForm;

/** The activity's cost lines: add and remove lines; the total follows as the user types. */
export function CostLines() {
  const scheme = useScheme();
  // Keyed by "key": our lines have an "id" of their own that must reach the draft unchanged.
  const { fields, append, remove } = useList('costLines');
  const addRef = useRef<HTMLButtonElement>(null);

  const onAdd = () => append({ id: newId(), category: '', description: '', amount: '' }, { focusName: `costLines.${fields.length}.category` });
  const onRemove = (index: number) => {
    remove(index);
    // The pressed button is gone; continue from the add button.
    addRef.current?.focus();
  };

  return (
    <section className="cost-lines" aria-labelledby="kosten-titel">
      <h2 className="section-heading" id="kosten-titel">
        {ACTIVITIES.costSection}
      </h2>
      <p>{ACTIVITIES.costIntro}</p>
      <details className="guidance">
        <summary>{ACTIVITIES.costCategoriesHelp}</summary>
        <div>
          <dl className="cost-lines__categories">
            {scheme.costCategories.map((c) => (
              <div key={c.id}>
                <dt>{c.label}</dt>
                <dd>{c.hint}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
      {fields.length === 0 && <p className="empty-value">{ACTIVITIES.noCostLines}</p>}
      {fields.map((field, index) => (
        <fieldset className="fieldset cost-line" key={field.key}>
          <legend className="fieldset__legend cost-line__legend">{ACTIVITIES.costLine(index)}</legend>
          <div className="cost-line__fields">
            <Fields at={`costLines.${index}`} />
          </div>
          <button type="button" className="button button--subtle cost-line__remove" onClick={() => onRemove(index)}>
            {ACTIVITIES.removeCostLine}
            <span className="visually-hidden">{ACTIVITIES.removeCostLineContext(index)}</span>
          </button>
        </fieldset>
      ))}
      <p>
        <button type="button" ref={addRef} className="button button--secondary" onClick={onAdd}>
          {ACTIVITIES.addCostLine}
        </button>
      </p>
      <CostTotal />
    </section>
  );
}

/** Re-renders on cost-line changes only, not on every keystroke in the activity. */
function CostTotal() {
  const lines = useValue('costLines');
  const totals = budgetTotals({ activities: [{ id: 'this', costLines: lines ?? [] }] });
  return (
    <div className="cost-lines__total">
      <p>
        <strong>{ACTIVITIES.total}: </strong>
        <span className="cost-lines__amount">{formatEuro(totals.totalCents)}</span>
      </p>
      {totals.unreadableLines > 0 && <p className="field__hint">{ACTIVITIES.unreadable(totals.unreadableLines)}</p>}
    </div>
  );
}
