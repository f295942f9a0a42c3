import type { Mechanism } from '../../../../schemas/scheme';
import type { Guidance } from '../../../../schemas/guidance';
import { mechanismGuidance } from '../../../../templates/guidance';
import { MECHANISMS } from '../../../text/mechanisms';

/** "Hoe werkt het?": a mechanism's evidence, tips, example activities and sources, folded away. */
export function MechanismEvidence({ mechanism, guidance }: { mechanism: Mechanism; guidance: Guidance }) {
  const texts = mechanismGuidance(guidance, mechanism.id);
  const approachTips = mechanism.approaches
    .map((a) => ({ ...a, tips: texts.approaches[a.id]?.tips ?? [] }))
    .filter((a) => a.tips.length > 0);
  const examples = guidance.exampleActivities.filter((e) => e.mechanismIds.includes(mechanism.id));
  const sources = texts.sourceIds.flatMap((id) => guidance.sources.filter((s) => s.id === id));
  return (
    <details className="guidance mechanism__evidence">
      <summary>
        {MECHANISMS.evidenceSummary}
        <span className="visually-hidden"> ({mechanism.name})</span>
      </summary>
      <div>
        {texts.evidence.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {texts.tips.length > 0 && (
          <>
            <h3 className="guidance__heading">{MECHANISMS.tipsHeading}</h3>
            <ul>
              {texts.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </>
        )}
        {approachTips.map((approach) => (
          <div key={approach.id}>
            <h3 className="guidance__heading">{MECHANISMS.approachTipsHeading(approach.name)}</h3>
            <ul>
              {approach.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </div>
        ))}
        {examples.length > 0 && (
          <>
            <h3 className="guidance__heading">{MECHANISMS.examplesHeading}</h3>
            <ul>
              {examples.map((example) => (
                <li key={example.id}>{example.title}</li>
              ))}
            </ul>
          </>
        )}
        <h3 className="guidance__heading">{MECHANISMS.sourcesHeading}</h3>
        <ul className="mechanism__sources">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? (
                // A new tab keeps the draft open; the app itself never fetches these pages.
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span className="visually-hidden"> {MECHANISMS.newTab}</span>
                </a>
              ) : (
                source.title
              )}
              {source.publisher && <span className="mechanism__publisher"> — {source.publisher}</span>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
