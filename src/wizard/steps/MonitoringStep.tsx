import { PracticeExample } from '../../components/PracticeExample';
import { SchemeFact } from '../../components/SchemeFact';
import { longDateText } from '../../../schemas/fields/display';
import { MONITORING, MONITORING_QUESTIONS } from '../../text/monitoring';
import { useDraft, useScheme } from '../../shell/DraftContext';
import { useGuidance } from '../../shell/useGuidance';
import type { RouteProps } from '../../routes/routeTable';
import { stepFields } from '../stepForms';
import { StepForm } from '../StepForm';
import '../../components/SchemeFact.css';

const { Fields } = stepFields('monitoring', MONITORING_QUESTIONS);

export function MonitoringStep({ focusField }: RouteProps) {
  const scheme = useScheme();
  const examples = useGuidance().practiceExamples.filter((e) => MONITORING.practiceExampleIds.includes(e.id));
  return (
    <StepForm step="monitoring" intro={<p>{MONITORING.intro}</p>} focusField={focusField}>
      <section aria-labelledby="monitoring-reporting-heading">
        <h2 className="section-heading" id="monitoring-reporting-heading">
          {MONITORING.reportingHeading}
        </h2>
        <dl className="scheme-facts">
          <SchemeFact label={MONITORING.reportingLabel} fact={scheme.reporting} />
          <SchemeFact label={MONITORING.reportingDeadlineLabel} fact={scheme.reportingDeadline} format={(iso) => longDateText(iso) ?? iso} />
        </dl>
        {/* What later rounds asked for the report, as advice: only in a round that does not ask it itself. */}
        {!scheme.conditions.expectedGraduatesBinding && (
          <details className="guidance">
            <summary>{MONITORING.laterRoundsHeading}</summary>
            <div>
              <p>{MONITORING.laterRounds}</p>
            </div>
          </details>
        )}
        {examples.map((example) => (
          <PracticeExample key={example.id} example={example} title={MONITORING.practiceGuidance(example.name)} />
        ))}
      </section>
      <PlannedActivities />
      <h2 className="section-heading">{MONITORING.formHeading}</h2>
      <Fields />
    </StepForm>
  );
}

/** The promises of the plan (activities and their expected participants), to measure against. */
function PlannedActivities() {
  const activities = useDraft((d) => d.answers.activities);
  if (!activities?.length) return null;
  return (
    <details className="guidance">
      <summary>{MONITORING.planHeading}</summary>
      <div>
        <p>{MONITORING.planIntro}</p>
        <ul>
          {activities.map((a, i) => (
            <li key={a.id}>{MONITORING.planActivity(i + 1, a.title?.trim() ?? '', a.expectedParticipants?.trim() ?? '')}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
