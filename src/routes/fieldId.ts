/** DOM id of a form field from its react-hook-form name ("a.expectedCount" → "veld-a-expectedCount"). */
export function fieldId(name: string): string {
  return `veld-${name.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
}
