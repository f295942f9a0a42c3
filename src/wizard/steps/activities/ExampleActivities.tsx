import { useMemo } from 'react';
import type { ExampleActivity } from '../../../../schemas/guidance';
import { examplesByMechanism } from '../../../domain/examplesByMechanism';
import { ACTIVITIES } from '../../../text/activities';
import { useScheme } from '../../../shell/DraftContext';
import { useGuidance } from '../../../shell/useGuidance';
import './ExampleActivities.css';

interface Props {
  chosenMechanismIds: readonly string[];
  /** Examples an activity already started from (it may be used again). */
  usedExampleIds: readonly string[];
  onUse: (example: ExampleActivity) => void;
}

/** The scheme's example activities per mechanism (chosen mechanisms first); each can start a new activity. */
export function ExampleActivities({ chosenMechanismIds, usedExampleIds, onUse }: Props) {
  const scheme = useScheme();
  const guidance = useGuidance();
  const groups = useMemo(() => examplesByMechanism(scheme, guidance, chosenMechanismIds), [scheme, guidance, chosenMechanismIds]);
  if (groups.length === 0) return null;
  const groupNames = (ids: readonly string[]) =>
    scheme.targetGroups.filter((g) => ids.includes(g.id)).map((g) => ACTIVITIES.targetGroup(g.id, g.shortName)).join(', ');
  const mechanismNames = (ids: readonly string[]) =>
    scheme.mechanisms.filter((m) => ids.includes(m.id)).map((m) => ACTIVITIES.mechanismLabel(m.number, m.name)).join(', ');
  return (
    <section className="examples" aria-labelledby="voorbeelden-titel">
      <h2 className="section-heading" id="voorbeelden-titel">
        {ACTIVITIES.examplesHeading}
      </h2>
      <p>{ACTIVITIES.examplesIntro}</p>
      {groups.map(({ mechanism, examples }) => {
        const chosen = chosenMechanismIds.includes(mechanism.id);
        return (
          <details className="examples__group" key={mechanism.id}>
            <summary>
              {ACTIVITIES.examplesGroup(mechanism.number, mechanism.name, examples.length)}
              {chosen && <span className="tag tag--in-progress examples__chosen">{ACTIVITIES.exampleChosenMechanism}</span>}
            </summary>
            <ul className="examples__list">
              {examples.map((example) => (
                <li className="examples__item" key={example.id}>
                  <h3 className="examples__title">
                    {example.title}
                    {usedExampleIds.includes(example.id) && <span className="tag examples__used">{ACTIVITIES.exampleUsed}</span>}
                  </h3>
                  <p>{example.description}</p>
                  <dl className="examples__facts">
                    <div>
                      <dt>{ACTIVITIES.exampleMechanisms}</dt>
                      <dd>{mechanismNames(example.mechanismIds)}</dd>
                    </div>
                    <div>
                      <dt>{ACTIVITIES.exampleFor}</dt>
                      <dd>{groupNames(example.targetGroupIds)}</dd>
                    </div>
                    <div>
                      <dt>{ACTIVITIES.examplePhase}</dt>
                      <dd>{scheme.phases.find((p) => p.id === example.phase)?.label}</dd>
                    </div>
                  </dl>
                  <button type="button" className="button button--secondary" onClick={() => onUse(example)}>
                    {ACTIVITIES.pickExample}
                    <span className="visually-hidden">{ACTIVITIES.pickExampleContext(example.title)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
