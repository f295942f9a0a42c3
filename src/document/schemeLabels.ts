/** The label of a scheme choice by id; an id the scheme does not know is shown as stored. */
export function labelOf(list: readonly { id: string; label: string }[], id: string | undefined): string | undefined {
  if (!id) return undefined;
  return list.find((item) => item.id === id)?.label ?? id;
}

export function labelsOf(list: readonly { id: string; label: string }[], ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => labelOf(list, id) ?? id);
}
