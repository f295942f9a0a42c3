import { createContext, useContext } from 'react';
import { applicationFields, type ApplicationFields } from '../../schemas/fields/steps';
import { useScheme } from '../shell/DraftContext';

/** A field table other than the round's (a test adds a field to a fixture step); absent in the app. */
export const FieldTableContext = createContext<ApplicationFields | null>(null);

/** The field table the forms render: the round's, unless a FieldTableContext gives another. */
export function useApplicationFields(): ApplicationFields {
  const scheme = useScheme();
  return useContext(FieldTableContext) ?? applicationFields(scheme);
}
