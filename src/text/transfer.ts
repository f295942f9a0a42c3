/** Moving a draft to another round ("Overzetten naar …"): what came along and what stayed behind (Dutch, B1). */
export const TRANSFER = {
  /** The new draft's name: the original's, with the round it is now for. */
  title: (title: string | undefined, round: string) => `${title || 'Naamloos concept'} (${round})`,
  activity: (number: number, title: string | undefined) => (title?.trim() ? `Activiteit ${number} ‘${title.trim()}’` : `Activiteit ${number}`),
  goal: (number: number) => `Aanleiding en doelen, doel ${number}`,
  activityForGroups: (activity: string, groups: readonly string[]) =>
    `${activity}: alleen voor doelgroep ${groups.join(' en ')}, die deze ronde niet heeft.`,
  activityForPhase: (activity: string, phase: string) => `${activity}: voor de fase ‘${phase}’, die deze ronde niet heeft.`,
  activityGroupsDropped: (activity: string, groups: readonly string[]) => `${activity}: doelgroep ${groups.join(' en ')} is weggelaten.`,
  group: (step: string, id: string) => `${step}, doelgroep ${id}`,
  wholeGroup: (group: string) => `${group}: alle antwoorden. Deze ronde heeft die doelgroep niet.`,
  item: (where: string, list: string, number: number, item: unknown) => {
    const title = typeof item === 'object' && item !== null && 'title' in item && typeof item.title === 'string' && item.title.trim() ? ` ‘${item.title.trim()}’` : '';
    return `${where === list ? where : `${where}, ${list.toLowerCase()}`}: nummer ${number}${title}`;
  },
  field: (where: string, label: string) => `${where}: ${label}. Deze ronde vraagt dit niet.`,
  options: (where: string, label: string, options: readonly string[]) => `${where}, ${label}: ${options.join(', ')}. Deze ronde heeft die keuze niet.`,
  done: (round: string) => `Er is een nieuw concept gemaakt voor de ronde ${round}. Het oorspronkelijke concept is niet veranderd en staat bij ‘Uw concepten’.`,
  leftOutIntro: 'Deze antwoorden hebben geen plek in die ronde. Ze staan nog wel in het oorspronkelijke concept:',
  allFit: 'Alle antwoorden hebben een plek in die ronde.',
  /** On the drafts page, per draft. */
  label: (title: string) => `Overzetten naar een andere ronde: ‘${title}’`,
  hint: 'U krijgt een nieuw concept met alle antwoorden die in die ronde passen. Het oorspronkelijke concept blijft zoals het is.',
  action: 'Overzetten',
  commentsStay: 'De opmerkingen van adviseurs en de wijzigingen uit Word blijven bij het oorspronkelijke concept.',
} as const;
