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

const { Fields } = stepFields('nazorg', NAZORG_QUESTIONS);

export function NazorgStep({ focusField }: RouteProps) {
  const scheme = useScheme();
  const group = scheme.targetGroups.find((g) => g.phase === 'aftercare');
  const groupCount = useDraft((d) => (group ? parseWholeNumber(d.answers.targetGroups?.[group.id]?.expectedCount) : undefined));
  const examples = useGuidance().practiceExamples.filter((e) => NAZORG.practiceExampleIds.includes(e.id));
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
      <details className="guidance">
        <summary>{NAZORG.laterRoundsHeading}</summary>
        <div>
          {NAZORG.laterRounds.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </details>
      <CrossStepNotices step="nazorg" warningHeading={NAZORG.warningHeading} />
      <Fields overrides={{ expectedUsers: groupCount !== undefined && group ? { hint: NAZORG.expectedUsersGroupHint(groupCount, group.id) } : {} }} />
    </StepForm>
  );
}
