import { get, useFormContext, useFormState } from 'react-hook-form';

/** The error message of one field; re-renders only when that field's state changes. */
export function useFieldError(name: string): string | undefined {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}
