import { useId, useState, type FormEvent } from 'react';
import { SCHEMES } from '../../templates/schemes';
import { dutchToday, roundStatus } from '../domain/roundStatus';
import { ROUNDS } from '../text/rounds';
import './RoundChoice.css';

interface Props {
  legend: string;
  hint: string;
  /** The button's text, e.g. "Nieuw concept beginnen". */
  action: string;
  /** The round chosen first (the open draft's). */
  initial: string;
  onChoose: (schemeId: string) => void;
  /** The legend as the section's heading (default), or as a question under one. */
  legendAsHeading?: boolean;
  /** A secondary button where the page has another primary action (the start page's export). */
  secondary?: boolean;
}

/**
 * Which round a new draft is for: every round the app knows (templates/), each with its windows
 * and whether it is open or closed today. A closed round can be chosen too; it says so.
 */
export function RoundChoice({ legend, hint, action, initial, onChoose, legendAsHeading = true, secondary = false }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const today = dutchToday();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChoose(chosen);
  };
  return (
    <form className="round-choice" onSubmit={submit}>
      <div className="field">
        <fieldset className="fieldset" aria-describedby={`${id}-hint`}>
          <legend className={legendAsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>{legend}</legend>
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
          <div className="choices">
            {SCHEMES.map((scheme) => {
              const optionId = `${id}-${scheme.id}`;
              const windows = scheme.applicationWindows.map((w) => ROUNDS.window(w, scheme.applicationWindows.length > 1)).join(' ');
              return (
                <div className="choice" key={scheme.id}>
                  <input
                    className="choice__input"
                    type="radio"
                    name={`${id}-round`}
                    id={optionId}
                    value={scheme.id}
                    checked={chosen === scheme.id}
                    onChange={() => setChosen(scheme.id)}
                    aria-describedby={`${optionId}-hint`}
                  />
                  <label className="choice__label" htmlFor={optionId}>
                    {scheme.name}
                  </label>
                  <p className="choice__hint" id={`${optionId}-hint`}>
                    {ROUNDS.optionHint(windows, ROUNDS.status(roundStatus(scheme, today)))}
                  </p>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className={`button ${secondary ? 'button--secondary' : 'button--primary'}`}>
        {action}
      </button>
    </form>
  );
}
