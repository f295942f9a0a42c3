import type { Mechanism } from '../../../schemas/scheme';
import type { Guidance } from '../../../schemas/guidance';
import { mechanismGuidance } from '../../../templates/guidance';
import type { Choice } from '../../components/ChoiceGroup';
import { MECHANISMS } from '../../text/mechanisms';
import { mechanismsForm } from './mechanismsForm';
import '../../components/field.css';
import './MechanismCard.css';

const { Fields } = mechanismsForm;

interface Props {
  mechanism: Mechanism;
  guidance: Guidance;
  /** Position of this mechanism in the form's "chosen" list; undefined when not chosen. */
  index: number | undefined;
  onToggle: (chosen: boolean) => void;
  /** The list's error ("choose at least one"), announced with each card's checkbox. */
  errorId?: string;
}

/** One mechanism: what it does, its evidence behind "Hoe werkt het?", and — once chosen — its approaches and rationale. */
export function MechanismCard({ mechanism, guidance, index, onToggle, errorId }: Props) {
  const chosen = index !== undefined;
  const texts = mechanismGuidance(guidance, mechanism.id);
  const titleId = `mechanisme-${mechanism.id}-titel`;
  const checkboxId = `mechanisme-${mechanism.id}-kiezen`;
  return (
    <div className={`card mechanism-card${chosen ? ' card--selected' : ''}`}>
      <h2 className="mechanism-card__title" id={titleId}>
        <span className="mechanism-card__number">
          {MECHANISMS.numberLabel(mechanism.number)}
          <span className="visually-hidden">: </span>
        </span>{' '}
        {mechanism.name}
      </h2>
      <p className="mechanism-card__summary">{texts.summary}</p>
      <MechanismEvidence mechanism={mechanism} guidance={guidance} />

      <div className="choice mechanism-card__choose">
        <input
          className="choice__input"
          type="checkbox"
          id={checkboxId}
          checked={chosen}
          onChange={(e) => onToggle(e.target.checked)}
          aria-describedby={errorId}
        />
        <label className="choice__label" htmlFor={checkboxId}>
          {MECHANISMS.choose}{' '}
          <span className="visually-hidden">
            ({mechanism.number}. {mechanism.name})
          </span>
        </label>
      </div>

      {chosen && (
        <div className="mechanism-card__details">
          <Fields
            at={`chosen.${index}`}
            overrides={{ approachIds: { choices: mechanism.approaches.map((a) => approachChoice(a, texts.approaches[a.id]?.description)) } }}
          />
        </div>
      )}
    </div>
  );
}

/** An approach to tick; its explanation (40–80 words) waits behind "Meer over deze aanpak", so seven chosen mechanisms stay a short page. */
function approachChoice(approach: Mechanism['approaches'][number], description: string | undefined): Choice {
  return { value: approach.id, label: approach.name, more: description ? { summary: MECHANISMS.moreAboutApproach, content: <p>{description}</p> } : undefined };
}

function MechanismEvidence({ mechanism, guidance }: { mechanism: Mechanism; guidance: Guidance }) {
  const texts = mechanismGuidance(guidance, mechanism.id);
  const approachTips = mechanism.approaches
    .map((a) => ({ ...a, tips: texts.approaches[a.id]?.tips ?? [] }))
    .filter((a) => a.tips.length > 0);
  const examples = guidance.exampleActivities.filter((e) => e.mechanismIds.includes(mechanism.id));
  const sources = texts.sourceIds.flatMap((id) => guidance.sources.filter((s) => s.id === id));
  return (
    <details className="guidance mechanism-card__evidence">
      <summary>
        {MECHANISMS.evidenceSummary}
        <span className="visually-hidden"> ({mechanism.name})</span>
      </summary>
      <div>
        {texts.evidence.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {texts.tips.length > 0 && (
          <>
            <h3 className="guidance__heading">{MECHANISMS.tipsHeading}</h3>
            <ul>
              {texts.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </>
        )}
        {approachTips.map((approach) => (
          <div key={approach.id}>
            <h3 className="guidance__heading">{MECHANISMS.approachTipsHeading(approach.name)}</h3>
            <ul>
              {approach.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </div>
        ))}
        {examples.length > 0 && (
          <>
            <h3 className="guidance__heading">{MECHANISMS.examplesHeading}</h3>
            <ul>
              {examples.map((example) => (
                <li key={example.id}>{example.title}</li>
              ))}
            </ul>
          </>
        )}
        <h3 className="guidance__heading">{MECHANISMS.sourcesHeading}</h3>
        <ul className="mechanism-card__sources">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? (
                // A new tab keeps the draft open; the app itself never fetches these pages.
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span className="visually-hidden"> {MECHANISMS.newTab}</span>
                </a>
              ) : (
                source.title
              )}
              {source.publisher && <span className="mechanism-card__publisher"> — {source.publisher}</span>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
