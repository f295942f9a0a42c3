import type { StepId } from '../domain/steps';
import { useIssuesWithAdvice } from '../shell/useIssuesWithAdvice';

interface Props {
  step: StepId;
  /** Rules the step shows in its own way. */
  exclude?: readonly string[];
  warningHeading: string;
}

/**
 * The checks across steps that point at this step (not the field checks of its own form, which the
 * error summary shows after "Opslaan en verder"): errors in red, advice as a calm warning.
 */
export function CrossStepNotices({ step, exclude = [], warningHeading }: Props) {
  const issues = useIssuesWithAdvice().filter((i) => i.step === step && !i.rule.startsWith('field:') && !exclude.includes(i.rule));
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <>
      {errors.map((issue) => (
        <div className="notice notice--error" key={`${issue.rule}-${issue.message}`}>
          <p>{issue.message}</p>
        </div>
      ))}
      {warnings.length > 0 && (
        <div className="notice notice--warning">
          <h2 className="notice__heading">{warningHeading}</h2>
          {warnings.length === 1 ? (
            <p>{warnings[0]?.message}</p>
          ) : (
            <ul>
              {warnings.map((issue) => (
                <li key={`${issue.rule}-${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
