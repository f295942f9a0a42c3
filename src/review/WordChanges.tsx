import type { WordChange } from '../../schemas/draft';
import { anchorKey, locateField, takesText, withAnswerText } from '../domain/answerAnchors';
import { href } from '../routes/hashRoute';
import { REVIEW_MODE } from '../text/comments';
import { useDraft, useDraftStore } from '../shell/DraftContext';
import { domId, useReviewMode } from './reviewModeContext';
import './WordChanges.css';

const HEADING_ID = 'gewijzigd-in-word';

/**
 * "Gewijzigd in Word": answers an advisor changed in the Word file, answer by answer. Typed text
 * can be taken over into the draft; a choice, number or date is changed by hand on its page.
 * Either way the entry can be ignored. The draft's answers change only on "Overnemen".
 */
export function WordChanges() {
  const changes = useDraft((d) => d.wordChanges);
  const answers = useDraft((d) => d.answers);
  const store = useDraftStore();
  const mode = useReviewMode();
  if (!changes || changes.length === 0) return null;

  const settle = (change: WordChange, takeOver: boolean) => {
    const label = mode.labelOf(change.anchor);
    const index = changes.indexOf(change);
    store.update((draft) => {
      const rest = (draft.wordChanges ?? []).filter((c) => c !== change && anchorKey(c.anchor) !== anchorKey(change.anchor));
      const next = { ...draft, answers: takeOver ? (withAnswerText(draft.answers, change.anchor, change.wordText) ?? draft.answers) : draft.answers };
      if (rest.length > 0) return { ...next, wordChanges: rest };
      const { wordChanges: _gone, ...withoutChanges } = next;
      return withoutChanges;
    });
    mode.announce(takeOver ? REVIEW_MODE.takenOver(label) : REVIEW_MODE.ignored(label));
    // The focus goes to the next change, or to the page's heading when it was the last (the list is then gone).
    const next = changes[index + 1] ?? changes[index - 1];
    requestAnimationFrame(() => (next ? document.getElementById(domId('wijziging', anchorKey(next.anchor))) : document.querySelector<HTMLElement>('h1'))?.focus());
  };

  return (
    <section className="word-changes" aria-labelledby={HEADING_ID}>
      <h2 className="section-heading" id={HEADING_ID}>
        {REVIEW_MODE.changesHeading}
      </h2>
      <p>{REVIEW_MODE.changesIntro(changes.length)}</p>
      <ul className="word-changes__list">
        {changes.map((change) => {
          const key = anchorKey(change.anchor);
          const label = mode.labelOf(change.anchor);
          const located = locateField(answers, change.anchor);
          const canTakeOver = located && takesText(located.kind) && withAnswerText(answers, change.anchor, change.wordText) !== undefined;
          const fieldHref = located && href.step(located.step, { sub: located.page[1], field: located.formName, returnTo: 'reviewMode' });
          return (
            <li key={key} className="card word-changes__item">
              <h3 className="word-changes__label" id={domId('wijziging', key)} tabIndex={-1}>
                {label}
              </h3>
              <dl className="word-changes__texts">
                <div>
                  <dt>{REVIEW_MODE.changeInDraft}</dt>
                  <dd>{change.documentText || REVIEW_MODE.changeEmpty}</dd>
                </div>
                <div>
                  <dt>{REVIEW_MODE.changeInWord}</dt>
                  <dd>{change.wordText || REVIEW_MODE.changeEmpty}</dd>
                </div>
              </dl>
              {!located ? (
                <p>{REVIEW_MODE.gone}</p>
              ) : (
                !canTakeOver && (
                  <p>
                    {takesText(located.kind) ? REVIEW_MODE.tooLong : REVIEW_MODE.byHand} <a href={fieldHref}>{REVIEW_MODE.goTo(label)}</a>
                  </p>
                )
              )}
              <div className="button-group">
                {canTakeOver && (
                  <button type="button" className="button button--primary button--small" onClick={() => settle(change, true)}>
                    {REVIEW_MODE.takeOver}
                    <span className="visually-hidden">{REVIEW_MODE.onAnswer(label)}</span>
                  </button>
                )}
                <button type="button" className="button button--secondary button--small" onClick={() => settle(change, false)}>
                  {REVIEW_MODE.ignore}
                  <span className="visually-hidden">{REVIEW_MODE.onAnswer(label)}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
