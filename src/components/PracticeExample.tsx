import type { PracticeExample as Example } from '../../schemas/guidance';

/** A practice example from the scheme's guidance, folded away: what happened and what it teaches. */
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
