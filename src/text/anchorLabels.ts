/**
 * How an answer or a part of the draft is named in Dutch, for a comment, a "Gewijzigd in Word" entry
 * and a part set aside: "Activiteit 2 ‘Proefstage’ – Beschrijving". Apart from the review texts,
 * because a part set aside is named on every page (the first load).
 */
export const ANCHOR_LABELS = {
  field: (context: string, label: string) => `${context} – ${label}`,
  group: (id: string) => `Doelgroep ${id}`,
  mechanism: (n: number, name: string) => `Mechanisme ${n} (${name})`,
  activity: (index: number, title: string | undefined) => `Activiteit ${index + 1}${title?.trim() ? ` ‘${title.trim()}’` : ''}`,
  costLine: (activity: string, index: number) => `${activity}, kostenregel ${index + 1}`,
  partner: (index: number, name: string | undefined) => (name?.trim() ? `Partner ${index + 1} (${name.trim()})` : `Partner ${index + 1}`),
  /** A goal of the plan, or its result in the report (D1, D2, … in the plan's order). */
  goal: (index: number) => `Doel D${index + 1}`,
  /** An activity the report adds to the plan (N1, N2, …). */
  addedActivity: (index: number, title: string | undefined) => `Toegevoegde activiteit N${index + 1}${title?.trim() ? ` ‘${title.trim()}’` : ''}`,
  /** An item of a list without a label of its own. */
  item: (outer: string, index: number) => (outer ? `${outer}, nummer ${index + 1}` : `Nummer ${index + 1}`),
  section: (heading: string) => `Hoofdstuk ‘${heading}’`,
  step: (title: string) => `Stap ‘${title}’`,
  general: 'De hele aanvraag',
  gone: (step: string) => `${step} – een antwoord dat er niet meer is`,
};
