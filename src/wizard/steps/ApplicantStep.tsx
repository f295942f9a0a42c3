import { TextField } from '../../components/TextField';
import { APPLICANT } from '../../text/nl';
import { StepForm } from '../StepForm';

export function ApplicantStep({ focusField }: { focusField?: string }) {
  return (
    <StepForm step="applicant" intro={<p>{APPLICANT.intro}</p>} focusField={focusField}>
      <h2 className="section-heading">{APPLICANT.institutionSection}</h2>
      <TextField name="institutionName" label={APPLICANT.institutionName} hint={APPLICANT.institutionNameHint} autoComplete="organization" />
      <TextField name="brin" label={APPLICANT.brin} hint={APPLICANT.brinHint} width="short" spellCheck={false} />
      <TextField name="bevoegdGezag" label={APPLICANT.bevoegdGezag} hint={APPLICANT.bevoegdGezagHint} />

      <h2 className="section-heading">{APPLICANT.contactSection}</h2>
      <TextField name="contactName" label={APPLICANT.contactName} autoComplete="name" width="medium" />
      <TextField name="contactRole" label={APPLICANT.contactRole} autoComplete="organization-title" width="medium" optional />
      <TextField name="contactEmail" label={APPLICANT.contactEmail} type="email" autoComplete="email" width="medium" spellCheck={false} />
      <TextField name="contactPhone" label={APPLICANT.contactPhone} hint={APPLICANT.contactPhoneHint} type="tel" autoComplete="tel" width="medium" />

      <h2 className="section-heading">{APPLICANT.signatorySection}</h2>
      <p>{APPLICANT.signatoryIntro}</p>
      <TextField name="signatoryName" label={APPLICANT.signatoryName} width="medium" />
      <TextField name="signatoryRole" label={APPLICANT.signatoryRole} width="medium" />
    </StepForm>
  );
}
