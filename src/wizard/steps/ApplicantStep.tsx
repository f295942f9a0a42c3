import { Fragment } from 'react';
import { APPLICANT, APPLICANT_QUESTIONS } from '../../text/applicant';
import { stepFields } from '../stepForms';
import { StepForm } from '../StepForm';

const { Fields } = stepFields('applicant', APPLICANT_QUESTIONS);

/** Aanvrager: the institution, its contact person and who signs, a section each, every field from the field table. */
export function ApplicantStep({ focusField }: { focusField?: string }) {
  return (
    <StepForm step="applicant" intro={<p>{APPLICANT.intro}</p>} focusField={focusField}>
      {Object.entries(APPLICANT.sections).map(([section, heading]) => (
        <Fragment key={section}>
          <h2 className="section-heading">{heading}</h2>
          {section === 'signatory' && <p>{APPLICANT.signatoryIntro}</p>}
          <Fields section={section} />
        </Fragment>
      ))}
    </StepForm>
  );
}
