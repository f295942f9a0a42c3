import type { Scheme } from '../../../schemas/scheme';
import { TARGET_GROUP_QUESTIONS, TARGET_GROUPS } from '../../text/targetGroups';
import { useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import { stepFields } from '../stepForms';
import { StepForm } from '../StepForm';
import './TargetGroupsStep.css';

const { Field, Fields, useValue } = stepFields('targetGroups', TARGET_GROUP_QUESTIONS);

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
  const headingId = `doelgroep-${g}-titel`;
  const risks = useValue(`${g}.riskIndicators`);
  const { referenceDate } = scheme.ageLimit;
  // The draft store drops the explanation once no indicator needs it (pruneHidden).
  const explanation = <Field name={`${g}.otherRiskExplanation`} />;
  const reveals = Object.fromEntries(scheme.riskIndicators.filter((r) => r.requiresExplanation).map((r) => [r.id, explanation]));
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
      <Fields at={g} overrides={{ riskIndicators: { checked: risks, reveals }, otherRiskExplanation: false }} />
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
