import type { Fields } from '../../../schemas/fields/field';
import { useScheme } from '../../shell/DraftContext';
import { FormField } from '../FormField';

/**
 * Every asked field of a report table, in the table's order, by its kind (the same generic
 * rendering as the application's forms); `prefix` is the object's place on the form ("addedActivities.0.").
 */
export function TableFields({ fields, prefix = '', only }: { fields: Fields; prefix?: string; only?: readonly string[] }) {
  const scheme = useScheme();
  return (
    <>
      {Object.entries(fields).map(([name, field]) =>
        field.type === 'leaf' && !field.hidden && (!only || only.includes(name)) ? <FormField key={name} name={prefix + name} field={field} scheme={scheme} /> : null,
      )}
    </>
  );
}
