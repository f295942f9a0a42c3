/** How messages name an activity: "Activiteit 3 ‘Proefstage in de zorg’" (numbered from 1). */
export function activityLabel(activity: { title?: string }, index: number): string {
  const title = activity.title?.trim();
  return `Activiteit ${index + 1}${title ? ` ‘${title}’` : ''}`;
}
