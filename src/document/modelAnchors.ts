import type { CommentAnchor } from '../../schemas/draft';
import { anchorKey, fieldAnchorOf, GENERAL_STEP, sectionKey, sectionOf } from '../domain/answerAnchors';
import type { Block, DocumentModel, TableCell, TextRun } from './documentModel';

/**
 * The answers' places in the document model. Every piece of text is a "slot": a run of a
 * paragraph or list item, a table cell, the value of a facts row. An answer's place is its
 * consecutive slots with the same anchor; the Word writer draws one bookmark around them, review
 * mode puts the comments after them, and a Word file that comes back is compared on their text.
 */

interface Slot {
  block: number;
  /** Which paragraph, list item or cell the slot is in (slots of one unit make one line). */
  unit: number;
  key: string | undefined;
  text: string;
  /** The run, cell or row that holds the anchor. */
  holder?: object;
  /** Takes the anchor off (for a second mention of an answer). */
  drop: () => void;
}

function* slotsOf(body: readonly Block[]): Generator<Slot> {
  let unit = 0;
  const runSlots = function* (runs: readonly TextRun[], block: number): Generator<Slot> {
    unit++;
    for (const run of runs) yield { block, unit, key: run.anchor, text: run.text, holder: run, drop: () => delete run.anchor };
  };
  const cellSlot = (cell: TableCell, block: number): Slot => {
    unit++;
    if (typeof cell === 'string') return { block, unit, key: undefined, text: cell, drop: () => undefined };
    if ('mark' in cell) return { block, unit, key: undefined, text: '', drop: () => undefined };
    return { block, unit, key: cell.anchor, text: cell.text, holder: cell, drop: () => delete cell.anchor };
  };
  for (const [i, block] of body.entries()) {
    switch (block.kind) {
      case 'heading':
        unit++;
        yield { block: i, unit, key: undefined, text: block.text, drop: () => undefined };
        break;
      case 'paragraph':
        yield* runSlots(block.runs, i);
        break;
      case 'list':
        for (const item of block.items) yield* runSlots(item, i);
        break;
      case 'table':
        for (const row of [...block.rows, ...(block.totals ? [block.totals] : [])]) for (const cell of row) yield cellSlot(cell, i);
        break;
      case 'facts':
        for (const row of block.rows) {
          yield cellSlot(row.label, i);
          unit++;
          yield { block: i, unit, key: row.anchor, text: row.value, holder: row, drop: () => delete row.anchor };
        }
        break;
    }
  }
}

/** Runs of consecutive slots with the same anchor, in document order. */
function groupsOf(body: readonly Block[]): { key: string; slots: Slot[] }[] {
  const groups: { key: string; slots: Slot[] }[] = [];
  let current: { key: string; slots: Slot[] } | undefined;
  for (const slot of slotsOf(body)) {
    if (slot.key === undefined) current = undefined;
    else if (current?.key === slot.key) current.slots.push(slot);
    else groups.push((current = { key: slot.key, slots: [slot] }));
  }
  return groups;
}

/**
 * Leaves each answer one place: its first place among the `homes` (the blocks that present it,
 * e.g. the applicant table), else its first mention in the template's sentences. The other
 * places keep the text but lose the anchor. Mutates the freshly built body.
 */
export function resolveAnchors(body: readonly Block[], mentions: ReadonlySet<TextRun>): void {
  const groups = groupsOf(body);
  const isMention = (slot: Slot) => slot.holder !== undefined && mentions.has(slot.holder as TextRun);
  const chosen = new Map<string, { slots: Slot[]; home: boolean }>();
  for (const group of groups) {
    const home = !group.slots.every(isMention);
    const best = chosen.get(group.key);
    if (!best || (home && !best.home)) chosen.set(group.key, { slots: group.slots, home });
  }
  for (const group of groups) if (chosen.get(group.key)?.slots !== group.slots) group.slots.forEach((s) => s.drop());
}

export interface AnchorPlace {
  key: string;
  /** Blocks of the body the answer starts and ends in. */
  firstBlock: number;
  lastBlock: number;
  /** The answer's text as the document shows it, one entry per paragraph (a table cell's lines apart). */
  lines: string[];
}

/** Where each answer is (after resolveAnchors: one place per answer), in document order. */
export function anchorPlaces(body: readonly Block[]): AnchorPlace[] {
  const places = new Map<string, AnchorPlace & { lastUnit: number }>();
  for (const slot of slotsOf(body)) {
    if (slot.key === undefined) continue;
    let place = places.get(slot.key);
    if (!place) places.set(slot.key, (place = { key: slot.key, firstBlock: slot.block, lastBlock: slot.block, lines: [], lastUnit: -1 }));
    place.lastBlock = slot.block;
    const parts = slot.text.split('\n');
    if (slot.unit === place.lastUnit && place.lines.length > 0) place.lines[place.lines.length - 1] += parts.shift() ?? '';
    place.lines.push(...parts);
    place.lastUnit = slot.unit;
  }
  return [...places.values()].map(({ lastUnit: _unit, ...place }) => place);
}

/** How many slots each answer has: the Word writer closes its bookmark after the last one. */
export function anchorSlotCounts(body: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const slot of slotsOf(body)) if (slot.key !== undefined) counts.set(slot.key, (counts.get(slot.key) ?? 0) + 1);
  return counts;
}

export interface SectionPlace {
  section: string;
  block: number;
  /** The step most of the section's answers belong to; "algemeen" for a section without answers. */
  step: string;
}

/** The template's sections (level-1 headings) with the step each one is mostly about. */
export function sectionPlaces(body: readonly Block[]): SectionPlace[] {
  const sections: SectionPlace[] = body.flatMap((b, block) => (b.kind === 'heading' && b.section ? [{ section: b.section, block, step: GENERAL_STEP }] : []));
  const places = anchorPlaces(body);
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.block ?? body.length;
    const steps = new Map<string, number>();
    for (const place of places) {
      const step = place.firstBlock > section.block && place.firstBlock < end ? fieldAnchorOf(place.key)?.step : undefined;
      if (step) steps.set(step, (steps.get(step) ?? 0) + 1);
    }
    const [top] = [...steps.entries()].sort((a, b) => b[1] - a[1]);
    if (top) section.step = top[0];
  });
  return sections;
}

/** Where a comment goes in the Word file when it is no answer or section of it: the title. */
export const TITLE_TARGET = 'title';

/**
 * Where a comment sits in the Word file: at its answer; a comment on a section at the section's
 * heading; one whose answer is not in the document (or on a step) at the heading of the step's
 * section; anything else at the title.
 */
export function commentTarget(anchor: CommentAnchor, answerKeys: ReadonlySet<string>, sections: readonly SectionPlace[]): string {
  const key = anchorKey(anchor);
  if (answerKeys.has(key)) return key;
  if (anchor.section && sections.some((s) => s.section === anchor.section)) return sectionKey(anchor.section);
  const ofStep = anchor.step === GENERAL_STEP ? undefined : sections.find((s) => s.step === anchor.step);
  return ofStep ? sectionKey(ofStep.section) : TITLE_TARGET;
}

/** The anchor of a place in the Word file (the inverse of commentTarget for new comments). */
export function anchorOfTarget(target: string, sections: readonly SectionPlace[]): CommentAnchor {
  const field = fieldAnchorOf(target);
  if (field) return field;
  const section = sectionOf(target);
  if (section) return { step: sections.find((s) => s.section === section)?.step ?? GENERAL_STEP, section };
  return { step: GENERAL_STEP };
}

/** Everything the Word writer and the reader need to know about the model's anchors. */
export function modelAnchors(model: DocumentModel) {
  const places = anchorPlaces(model.body);
  const sections = sectionPlaces(model.body);
  return { places, sections, answerKeys: new Set(places.map((p) => p.key)) };
}

/** Every key that gets a Word bookmark, in document order: the sections' headings and the answers. */
export function bookmarkKeys(body: readonly Block[]): string[] {
  const keys = new Set<string>();
  const answers = anchorPlaces(body);
  let next = 0;
  body.forEach((block, i) => {
    while (answers[next] && answers[next]!.firstBlock <= i) keys.add(answers[next++]!.key);
    if (block.kind === 'heading' && block.section) keys.add(sectionKey(block.section));
  });
  return [...keys];
}
