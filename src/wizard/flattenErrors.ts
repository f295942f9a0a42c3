import type { FieldErrors } from 'react-hook-form';

export interface FlatError {
  /** react-hook-form field name, e.g. "a.levels" or "activities.2.title". */
  name: string;
  message: string;
}

/** Flattens react-hook-form's nested errors into field names with messages, in schema order. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FlatError[] {
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    // 'root' holds a list's own error; it is reported with the list's name below, not again as "<list>.root".
    if (!value || key === 'ref' || key === 'root') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown; root?: { message?: string } };
    if (typeof v.message === 'string' && typeof v.type === 'string') {
      out.push({ name, message: v.message });
    } else if (typeof value === 'object') {
      if (v.root?.message) out.push({ name, message: v.root.message });
      out.push(...flattenErrors(value as FieldErrors, name));
    }
  }
  return out;
}
