/**
 * Where a newly chosen item goes in a list of chosen ids so the list keeps the scheme's order
 * (mechanism 1 before 2, …), whatever order the user ticks them in. Ids the scheme does not know
 * (e.g. from an older draft file) stay at the end.
 */
export function chosenInsertIndex(chosenIds: readonly string[], id: string, schemeOrder: readonly string[]): number {
  const rank = (x: string) => {
    const i = schemeOrder.indexOf(x);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const target = rank(id);
  const after = chosenIds.findIndex((chosen) => rank(chosen) > target);
  return after === -1 ? chosenIds.length : after;
}
