import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import type { CommentAnchor, DraftComment } from '../../schemas/draft';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { href } from '../routes/hashRoute';
import { TaskList, type Task } from '../components/TaskList';
import { anchorKey, fieldAnchorOf, GENERAL_STEP, sectionKey } from '../domain/answerAnchors';
import { anchorLabel } from '../domain/comments';
import { STEP_IDS, type StepId } from '../domain/steps';
import { stepStatus } from '../domain/stepStatus';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { anchorPlaces, sectionPlaces, type AnchorPlace, type SectionPlace } from '../document/modelAnchors';
import { loadReviewerName, saveReviewerName } from '../storage/reviewerName';
import { REVIEW_MODE } from '../text/comments';
import { STEP_STATUS_LABELS, STEP_TITLES } from '../text/nl';
import { useDraft, useDraftStore, useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useIssues } from '../shell/useIssues';
import { AddComment } from './AddComment';
import { ExportButton } from '../shell/ExportButton';
import { AnswerComments } from './AnswerComments';
import { CommentThread } from './CommentThread';
import { DocumentPreview } from './DocumentPreview';
import { domId, ReviewModeContext, useReviewMode, type ReviewMode } from './reviewModeContext';
import { WordChanges } from './WordChanges';
import './ReviewModePage.css';

const isStep = (step: string): step is StepId => (STEP_IDS as readonly string[]).includes(step);
const GENERAL: CommentAnchor = { step: GENERAL_STEP };

/**
 * #/beoordelen: the application as the Word document's sections (drawn from the same model as the
 * .docx), each step's status, and at every answer and section the comments. "Reactie toevoegen"
 * once per section; at each of its answers only when the user asks for it (a section's switch), so
 * the keyboard does not pass a hundred of them. Comments go into the draft through the store, so
 * autosave and the draft file keep them.
 */
export function ReviewModePage() {
  useDocumentTitle(REVIEW_MODE.title);
  const draft = useDraft((d) => d);
  const store = useDraftStore();
  const scheme = useScheme();
  const issues = useIssues();
  const template = getDocumentTemplate(scheme.id);
  const [name, setName] = useState(loadReviewerName);
  const [message, setMessage] = useState<{ text: string; n: number; undo?: () => void }>({ text: '', n: 0 });

  const answers = draft.answers;
  const model = useMemo(() => buildDocumentModel(draft, scheme, template, { now: new Date(), appVersion: __APP_VERSION__ }), [draft, scheme, template]);
  const places = useMemo(() => anchorPlaces(model.body), [model]);
  const sections = useMemo(() => sectionPlaces(model.body), [model]);

  const labelOf = useCallback((anchor: CommentAnchor) => anchorLabel(anchor, answers, scheme, template), [answers, scheme, template]);
  const mode = useMemo<ReviewMode>(
    () => ({
      name,
      rememberName(next) {
        setName(next.trim());
        saveReviewerName(next);
      },
      // A counter in the key makes the same words be read out again.
      announce: (text, undo) => setMessage((m) => ({ text, n: m.n + 1, undo })),
      labelOf,
      updateComments(change) {
        store.update((d) => {
          const comments = change(d.comments);
          if (comments.length > 0) return { ...d, comments };
          const { comments: _none, ...rest } = d;
          return rest;
        });
      },
    }),
    [name, labelOf, store],
  );

  const comments = draft.comments ?? [];
  const byKey = useMemo(() => {
    const map = new Map<string, DraftComment[]>();
    for (const c of draft.comments ?? []) map.set(anchorKey(c.anchor), [...(map.get(anchorKey(c.anchor)) ?? []), c]);
    return map;
  }, [draft.comments]);
  const changed = useMemo(() => new Set((draft.wordChanges ?? []).map((c) => anchorKey(c.anchor))), [draft.wordChanges]);
  const endingAt = useMemo(() => {
    const map = new Map<number, AnchorPlace[]>();
    for (const place of places) map.set(place.lastBlock, [...(map.get(place.lastBlock) ?? []), place]);
    return map;
  }, [places]);
  const sectionAt = useMemo(() => new Map<number, SectionPlace>(sections.map((s) => [s.block, s])), [sections]);
  // Each answer belongs to the section it ends in (one before the first heading to the first section).
  const sectionOf = useCallback((block: number) => (sections.findLast((s) => s.block <= block) ?? sections[0])?.section ?? '', [sections]);
  const answerCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const place of places) counts.set(sectionOf(place.lastBlock), (counts.get(sectionOf(place.lastBlock)) ?? 0) + 1);
    return counts;
  }, [places, sectionOf]);
  // Sections whose answers each have "Reactie toevoegen": one entry per section until the user asks for more.
  const [answersOpen, setAnswersOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggleAnswers = (section: string) =>
    setAnswersOpen((open) => {
      const next = new Set(open);
      if (!next.delete(section)) next.add(section);
      return next;
    });
  const shown = new Set([anchorKey(GENERAL), ...places.map((p) => p.key), ...sections.map((s) => sectionKey(s.section))]);
  const orphans = comments.filter((c) => !shown.has(anchorKey(c.anchor)));
  const open = comments.filter((c) => !c.resolved).length;

  const tasks: Task[] = STEP_IDS.map((step) => ({
    id: `beoordelen-${step}`,
    title: STEP_TITLES[step],
    href: href.step(step),
    status: stepStatus(step, answers, draft.progress, issues),
  }));

  const afterBlock = (index: number) => {
    const section = sectionAt.get(index);
    const ending = endingAt.get(index) ?? [];
    if (!section && ending.length === 0) return null;
    const adding = answersOpen.has(sectionOf(index));
    // Without "Reactie toevoegen" an answer shows only what is there: its comments (also those from Word) and changes.
    const quiet = ending.filter((place) => adding || changed.has(place.key) || (byKey.get(place.key)?.length ?? 0) > 0);
    return (
      <>
        {section && (
          <SectionReview
            section={section}
            status={isStep(section.step) ? tasks[STEP_IDS.indexOf(section.step)]!.status : undefined}
            comments={byKey.get(sectionKey(section.section)) ?? []}
            answers={answerCounts.get(section.section) ?? 0}
            answersOpen={answersOpen.has(section.section)}
            onToggleAnswers={() => toggleAnswers(section.section)}
          />
        )}
        {ending.length === 1 && quiet.length === 1 && (
          <div className="review-answer">
            {changed.has(ending[0]!.key) && <ChangedMark anchorKey={ending[0]!.key} />}
            {adding ? (
              <AnswerComments anchor={fieldAnchorOf(ending[0]!.key)!} comments={byKey.get(ending[0]!.key) ?? []} />
            ) : (
              <CommentThread anchor={fieldAnchorOf(ending[0]!.key)!} comments={byKey.get(ending[0]!.key) ?? []} />
            )}
          </div>
        )}
        {ending.length > 1 && quiet.length > 0 && (
          <div className="review-answer review-answer--many">
            {ending.map((place) => {
              const anchor = fieldAnchorOf(place.key)!;
              const here = byKey.get(place.key) ?? [];
              return (
                (here.length > 0 || changed.has(place.key)) && (
                  <div key={place.key} className="review-answer__item">
                    <p className="review-answer__label">{labelOf(anchor)}</p>
                    {changed.has(place.key) && <ChangedMark anchorKey={place.key} />}
                    <CommentThread anchor={anchor} comments={here} />
                  </div>
                )
              );
            })}
            {adding && (
              <details className="review-answer__add">
                <summary>{REVIEW_MODE.addInTable(ending.length)}</summary>
                <ul className="review-answer__adds">
                  {ending.map((place) => (
                    <li key={place.key}>
                      <AddComment anchor={fieldAnchorOf(place.key)!} labelVisible />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </>
    );
  };

  return (
    <ReviewModeContext.Provider value={mode}>
      <p>
        <a href={href.start()}>{REVIEW_MODE.backToOverview}</a>
      </p>
      <PageHeading>{REVIEW_MODE.title}</PageHeading>
      <p className="lead">{REVIEW_MODE.intro}</p>
      <div role="status" className="review-mode__status">
        {message.text && (
          <div key={message.n} className="notice notice--success">
            <p>{message.text}</p>
            {message.undo && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  message.undo?.();
                  setMessage((m) => ({ text: REVIEW_MODE.undone, n: m.n + 1 }));
                }}
              >
                {REVIEW_MODE.undo}
              </button>
            )}
          </div>
        )}
      </div>

      <WordChanges />

      <h2 className="section-heading">{REVIEW_MODE.statusHeading}</h2>
      <p>{REVIEW_MODE.commentCount(open, comments.length - open)}</p>
      <TaskList tasks={tasks} />

      <section className="review-mode__general" aria-labelledby="reacties-algemeen">
        <h2 className="section-heading" id="reacties-algemeen">
          {REVIEW_MODE.generalHeading}
        </h2>
        <AnswerComments anchor={GENERAL} comments={byKey.get(anchorKey(GENERAL)) ?? []} />
        {orphans.length > 0 && (
          <>
            <h3>{REVIEW_MODE.orphansHeading}</h3>
            <p>{REVIEW_MODE.orphansIntro}</p>
            {[...new Set(orphans.map((c) => anchorKey(c.anchor)))].map((key) => {
              const here = orphans.filter((c) => anchorKey(c.anchor) === key);
              return (
                <div key={key} className="review-answer__item">
                  <p className="review-answer__label">{labelOf(here[0]!.anchor)}</p>
                  <CommentThread anchor={here[0]!.anchor} comments={here} />
                </div>
              );
            })}
          </>
        )}
      </section>

      <section aria-labelledby="versie-voor-adviseur">
        <h2 className="section-heading" id="versie-voor-adviseur">
          {REVIEW_MODE.exportHeading}
        </h2>
        <p>{REVIEW_MODE.exportIntro(open)}</p>
        <ExportButton variant="advisor" />
        <p>{REVIEW_MODE.wordBackHint}</p>
        <p>
          <a href={href.page('versions')}>{REVIEW_MODE.compareLink}</a>
        </p>
      </section>

      <h2 className="section-heading">{REVIEW_MODE.documentHeading}</h2>
      <DocumentPreview model={model} afterBlock={afterBlock} />
    </ReviewModeContext.Provider>
  );
}

interface SectionReviewProps {
  section: SectionPlace;
  status: Task['status'] | undefined;
  comments: readonly DraftComment[];
  /** How many answers the section has: with any, a switch shows "Reactie toevoegen" at each of them. */
  answers: number;
  answersOpen: boolean;
  onToggleAnswers: () => void;
}

/** Under a section's heading: its step's status, its comments, "Reactie toevoegen" for the section, and the switch for its answers. */
function SectionReview({ section, status, comments, answers, answersOpen, onToggleAnswers }: SectionReviewProps) {
  const anchor = { step: section.step, section: section.section };
  const label = useReviewMode().labelOf(anchor);
  return (
    <div className="review-section">
      {status && isStep(section.step) && (
        <p className="review-section__status">
          {REVIEW_MODE.sectionStatus(STEP_TITLES[section.step])} <span className={`tag tag--${status}`}>{STEP_STATUS_LABELS[status]}</span>
        </p>
      )}
      <AnswerComments anchor={anchor} comments={comments} />
      {answers > 0 && (
        <button type="button" className="button button--subtle button--small review-section__answers" aria-expanded={answersOpen} onClick={onToggleAnswers}>
          {REVIEW_MODE.answersToggle(answers)}
          <span className="visually-hidden">{REVIEW_MODE.addAt(label)}</span>
        </button>
      )}
    </div>
  );
}

/** "Gewijzigd in Word" at an answer, pointing to its entry in the list above (a hash link would leave the route). */
function ChangedMark({ anchorKey: key }: { anchorKey: string }) {
  const target = domId('wijziging', key);
  const go = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <p className="review-answer__changed">
      <span className="tag tag--incomplete">{REVIEW_MODE.changedMark}</span>{' '}
      <a href={`#${target}`} onClick={go}>
        {REVIEW_MODE.changedMarkLink}
      </a>
    </p>
  );
}
