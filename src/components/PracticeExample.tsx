import type { Scheme } from '../../schemas/scheme';

type Example = Scheme['practiceExamples'][number];

/** A practice example from the scheme data, folded away: what happened and what it teaches. */
export function PracticeExample({ example, title }: { example: Example; title: string }) {
  return (
    <details className="guidance">
      <summary>{title}</summary>
      <div>
        <p>{example.summary}</p>
        {example.lessons.length > 0 && (
          <ul>
            {example.lessons.map((lesson) => (
              <li key={lesson}>{lesson}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
