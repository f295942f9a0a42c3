import { PracticeExample } from '../../components/PracticeExample';
import { parseWholeNumber } from '../../../schemas/dutchNumber';
import { NAZORG, NAZORG_QUESTIONS } from '../../text/nazorg';
import { CrossStepNotices } from '../CrossStepNotices';
import { useDraft, useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import type { RouteProps } from '../../routes/routeTable';
import { stepFields } from '../stepForms';
import { StepForm } from '../StepForm';
import './NazorgStep.css';
import { useApplicationFields } from '../FieldTableContext';

const { Fields } = stepFields('nazorg', NAZORG_QUESTIONS);

export function NazorgStep({ focusField }: RouteProps) {
  const scheme = useScheme();
  const { conditions } = scheme;
  const group = scheme.targetGroups.find((g) => g.phase === 'aftercare');
  const groupCount = useDraft((d) => (group ? parseWholeNumber(d.answers.targetGroups?.[group.id]?.expectedCount) : undefined));
  const examples = useGuidance().practiceExamples.filter((e) => NAZORG.practiceExampleIds.includes(e.id));
  // The round's conditions that have a question on this form (from its data: scheme.json "conditions").
  const asked = Object.values(useApplicationFields().nazorg.item).some((f) => f.section === 'conditions');
  const roundConditions = [conditions.personalContact, conditions.noFee, conditions.expectedGraduatesBinding, conditions.diplomaAtInstitution].filter((c) => c !== undefined);
  // With the group's number known, the hint names it (after the binding note, in a round that has one).
  const expectedHint =
    groupCount !== undefined && group
      ? [conditions.expectedGraduatesBinding && NAZORG.bindingNumber, NAZORG.expectedUsersGroupHint(groupCount, group.id)].filter(Boolean).join(' ')
      : undefined;
  const intro = (
    <>
      <p>{NAZORG.intro}</p>
      {group && <p className="intro-note">{NAZORG.group(group.id, group.description)}</p>}
    </>
  );
  return (
    <StepForm step="nazorg" intro={intro} focusField={focusField}>
      {examples.map((example) => (
        <PracticeExample key={example.id} example={example} title={NAZORG.practiceGuidance(example.name)} />
      ))}
      {/* What later rounds demanded, as advice: only in a round that does not demand it itself. */}
      {!conditions.personalContact && !conditions.expectedGraduatesBinding && (
        <details className="guidance">
          <summary>{NAZORG.laterRoundsHeading}</summary>
          <div>
            {NAZORG.laterRounds.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        </details>
      )}
      <CrossStepNotices step="nazorg" warningHeading={NAZORG.warningHeading} />
      <Fields section={null} overrides={{ expectedUsers: expectedHint ? { hint: expectedHint } : {} }} />
      {asked && (
        <section aria-labelledby="nazorg-conditions-heading">
          <h2 className="section-heading" id="nazorg-conditions-heading">
            {NAZORG.conditionsHeading}
          </h2>
          <p>{NAZORG.conditionsIntro}</p>
          <ul>
            {roundConditions.map((condition) => (
              <li key={condition.text}>
                {condition.text} <span className="scheme-fact__source">{NAZORG.conditionSource(condition.source)}</span>
              </li>
            ))}
          </ul>
          <Fields section="conditions" />
        </section>
      )}
    </StepForm>
  );
}
