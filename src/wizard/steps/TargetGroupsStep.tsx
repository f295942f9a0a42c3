import { useWatch } from 'react-hook-form';
import type { Scheme } from '../../../schemas/scheme';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import { TextField } from '../../components/TextField';
import { factText } from '../../text/factText';
import { TARGET_GROUPS } from '../../text/targetGroups';
import { useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import { StepForm } from '../StepForm';

type TargetGroup = Scheme['targetGroups'][number];

export function TargetGroupsStep({ focusField }: { focusField?: string }) {
  const scheme = useScheme();
  // "a.levels" → "Groep a": both groups ask the same questions.
  const summaryLabel = (name: string) => {
    const group = scheme.targetGroups.find((g) => name.startsWith(`${g.id}.`));
    return group && TARGET_GROUPS.groupShort(group.id);
  };
  return (
    <StepForm step="targetGroups" intro={<p>{TARGET_GROUPS.intro}</p>} focusField={focusField} summaryLabel={summaryLabel}>
      <TargetGroupsGuidance scheme={scheme} />
      {scheme.targetGroups.map((group) => (
        <TargetGroupSection key={group.id} group={group} scheme={scheme} />
      ))}
    </StepForm>
  );
}

function TargetGroupsGuidance({ scheme }: { scheme: Scheme }) {
  const { labourMarketSources } = useGuidance();
  return (
    <div className="notice target-groups__guidance">
      <h2 className="notice__title">{TARGET_GROUPS.guidanceHeading}</h2>
      {scheme.bothGroupsRequired && (
        <p>
          <strong>{TARGET_GROUPS.bothRequired}</strong>
        </p>
      )}
      <p>{TARGET_GROUPS.indicatorsGuidance}</p>
      {labourMarketSources.length > 0 && (
        <>
          <p>{TARGET_GROUPS.labourMarketGuidance}</p>
          <ul>
            {labourMarketSources.map((source) => (
              <li key={source.url}>
                {/* A new tab: leaving this page would leave the draft behind. The app itself never fetches these. */}
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.name}
                  <span className="visually-hidden"> {TARGET_GROUPS.newTab}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function TargetGroupSection({ group, scheme }: { group: TargetGroup; scheme: Scheme }) {
  const g = group.id;
  const people = TARGET_GROUPS.people[g];
  const headingId = `doelgroep-${g}-titel`;
  const risks = useWatch({ name: `${g}.riskIndicators` }) as string[] | undefined;
  const { referenceDate } = scheme.ageLimit;
  return (
    <section className="target-group" aria-labelledby={headingId}>
      <h2 className="section-heading" id={headingId}>
        {TARGET_GROUPS.groupHeading(g, group.name)}
      </h2>
      <p>{group.description}</p>
      {group.notInScope && (
        <div className="notice notice--warning">
          <p>
            <strong>{TARGET_GROUPS.notInScopeTitle}: </strong>
            {group.notInScope}
          </p>
        </div>
      )}

      <TextField name={`${g}.expectedCount`} label={TARGET_GROUPS.expectedCount(people)} hint={TARGET_GROUPS.expectedCountHint} inputMode="numeric" width="short" />
      <ChoiceGroup
        name={`${g}.levels`}
        legend={TARGET_GROUPS.levels}
        hint={TARGET_GROUPS.levelsHint}
        kind="checkbox"
        inline
        choices={scheme.levels.map((l) => ({ value: l.id, label: l.label, hint: l.hint }))}
      />
      <ChoiceGroup
        name={`${g}.pathways`}
        legend={TARGET_GROUPS.pathways}
        hint={TARGET_GROUPS.pathwaysHint}
        kind="checkbox"
        choices={scheme.pathways.map((p) => ({ value: p.id, label: p.label, hint: p.hint }))}
      />
      <TextField name={`${g}.sectors`} label={TARGET_GROUPS.sectors} hint={TARGET_GROUPS.sectorsHint} multiline rows={3} />
      <ChoiceGroup
        name={`${g}.riskIndicators`}
        legend={TARGET_GROUPS.riskIndicators(people)}
        hint={TARGET_GROUPS.riskIndicatorsHint}
        kind="checkbox"
        checked={risks}
        choices={scheme.riskIndicators.map((r) => ({
          value: r.id,
          label: r.label,
          hint: r.hint,
          // The draft store drops the explanation once no indicator needs it (pruneHidden).
          reveal: r.requiresExplanation ? (
            <TextField
              name={`${g}.otherRiskExplanation`}
              label={TARGET_GROUPS.otherRiskExplanation}
              hint={TARGET_GROUPS.otherRiskExplanationHint}
              multiline
              rows={3}
            />
          ) : undefined,
        }))}
      />
      <TextField name={`${g}.selection`} label={TARGET_GROUPS.selection(people)} hint={TARGET_GROUPS.selectionHint} multiline rows={4} />
      <SingleCheckbox
        name={`${g}.ageConfirmed`}
        label={TARGET_GROUPS.ageConfirmed(scheme.ageLimit.under)}
        hint={TARGET_GROUPS.ageReferenceDate(factText(referenceDate))}
      />
      {referenceDate.status === 'unknown' && (
        <details className="guidance target-group__age-note">
          <summary>{TARGET_GROUPS.ageMore}</summary>
          <div>
            <p>{referenceDate.note}</p>
          </div>
        </details>
      )}
    </section>
  );
}
