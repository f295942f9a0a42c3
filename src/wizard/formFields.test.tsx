// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { Path } from 'react-hook-form';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { APPLICANT_FIELDS } from '../../schemas/fields/applicant';
import type { Questions } from '../../schemas/fields/questions';
import { getScheme } from '../../templates/schemes';
import { APPLICANT_QUESTIONS } from '../text/applicant';
import { PARTNER_QUESTIONS } from '../text/partners';
import { DraftStoreContext, SchemeContext } from '../shell/DraftContext';
import { createDraftStore, createEmptyDraft } from '../shell/draftStore';
import { stepFields, type FormValues } from './stepForms';
import { StepForm } from './StepForm';

/**
 * Forms are typed by their step's schema: a field name that is not on the form does not compile.
 * The `@ts-expect-error` lines below fail `npm run typecheck` the day such a name compiles.
 */

const applicant = stepFields('applicant', APPLICANT_QUESTIONS);
const partners = stepFields('partners', { partners: { fields: PARTNER_QUESTIONS } });

/** Never rendered: only compiled. */
export function MisspeltNames() {
  // @ts-expect-error "contactPhon" is not a field of Aanvrager.
  const phone = <applicant.Field name="contactPhon" />;
  // @ts-expect-error Overrides name fields of the object at `at`: a partner has no "phone".
  const partner = <partners.Fields at="partners.0" overrides={{ phone: false }} />;
  // @ts-expect-error The list is "partners".
  const useMisspeltList = () => partners.useList('partner');
  // @ts-expect-error A question for a field the table does not have.
  const questions = { contactPhon: { hint: 'x' } } satisfies Questions<typeof APPLICANT_FIELDS>;
  return [phone, partner, useMisspeltList, questions];
}

afterEach(cleanup);

describe('typed form fields', () => {
  it('name the form values of their step, with list positions', () => {
    expectTypeOf<'contactPhone'>().toExtend<Path<FormValues<'applicant'>>>();
    expectTypeOf<'contactPhon'>().not.toExtend<Path<FormValues<'applicant'>>>();
    expectTypeOf<'a.levels'>().toExtend<Path<FormValues<'targetGroups'>>>();
    expectTypeOf<`partners.${number}.name`>().toExtend<Path<FormValues<'partners'>>>();
    expectTypeOf<`costLines.${number}.amount`>().toExtend<Path<FormValues<'activity'>>>();
    expectTypeOf<FormValues<'budget'>['hasCofinancing']>().toEqualTypeOf<'yes' | 'no'>();
  });

  it('render the field of that name from the field table, with the form’s wording', () => {
    const scheme = getScheme();
    render(
      <SchemeContext.Provider value={scheme}>
        <DraftStoreContext.Provider value={createDraftStore(createEmptyDraft(scheme.id))}>
          <StepForm step="applicant">
            <applicant.Field name="contactPhone" />
            <applicant.Field name="contactName" />
          </StepForm>
        </DraftStoreContext.Provider>
      </SchemeContext.Provider>,
    );
    const phone = screen.getByLabelText('Telefoonnummer');
    expect(phone.getAttribute('type')).toBe('tel');
    expect(phone.getAttribute('autocomplete')).toBe('tel');
    expect(screen.getByText('Bijvoorbeeld 030 123 45 67 of 06 12345678.')).toBeTruthy();
    // Under "Contactpersoon" the form asks only "Naam" (APPLICANT_QUESTIONS), not the answer's name out of context.
    expect(screen.getByLabelText('Naam').id).toBe('veld-contactName');
  });
});
