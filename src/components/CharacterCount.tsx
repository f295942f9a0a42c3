import { useEffect, useState } from 'react';
import { CHARACTER_COUNT } from '../text/nl';

/** From this share of the limit on, the count shows (GOV.UK "threshold"): a short answer is not counted. */
export const COUNT_FROM = 0.8;
/** The live region speaks once the typing pauses, not at every key. */
const SPEAK_AFTER_MS = 1000;

interface Props {
  id: string;
  length: number;
  limit: number;
}

/**
 * GOV.UK character count under a text near its limit: how many characters are left, or how many
 * too many (in the error style). Nothing typed or pasted is cut off; the form's check says so on
 * submit. A polite live region reads the count out when the typing pauses.
 */
export function CharacterCount({ id, length, limit }: Props) {
  const over = length - limit;
  const message = over > 0 ? CHARACTER_COUNT.over(over) : CHARACTER_COUNT.left(limit - length);
  const shown = length >= limit * COUNT_FROM;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(shown ? message : ''), SPEAK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message, shown]);
  return (
    <>
      {shown && (
        <p className={`character-count${over > 0 ? ' character-count--over' : ''}`} id={id} aria-hidden="true">
          {message}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
