import { PracticeExample } from '../../components/PracticeExample';
import { TextField } from '../../components/TextField';
import { parseWholeNumber } from '../../../schemas/dutchNumber';
import { NAZORG } from '../../text/nazorg';
import { CrossStepNotices } from '../CrossStepNotices';
import { useDraft, useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import type { RouteProps } from '../../routes/routeTable';
import { StepForm } from '../StepForm';

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
      <TextField name="contactMethod" label={NAZORG.contactMethod} hint={NAZORG.contactMethodHint} multiline />
      <TextField name="duration" label={NAZORG.duration} hint={NAZORG.durationHint} width="medium" />
      <TextField name="handover" label={NAZORG.handover} hint={NAZORG.handoverHint} multiline />
      <TextField
        name="expectedUsers"
        label={NAZORG.expectedUsers}
        hint={group && groupCount !== undefined ? NAZORG.expectedUsersGroupHint(groupCount, group.id) : NAZORG.expectedUsersHint}
        width="short"
        inputMode="numeric"
        autoComplete="off"
      />
    </StepForm>
  );
}
