import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../schemas/limits';
import { FieldError } from '../components/FieldError';
import { REVIEW_MODE } from '../text/comments';
import { useReviewMode } from './reviewModeContext';
import '../components/field.css';
import './CommentForm.css';

interface Props {
  /** The form's accessible name: what the comment is about. */
  label: string;
  textLabel: string;
  submitLabel: string;
  onSubmit(author: string, text: string): void;
  onCancel(): void;
}

/** Name and text of a comment or reply. Opens with the focus in it; a missing name or text is said at the field, which gets the focus. */
export function CommentForm({ label, textLabel, submitLabel, onSubmit, onCancel }: Props) {
  const mode = useReviewMode();
  const id = useId();
  const [name, setName] = useState(mode.name);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ name?: string; text?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    (mode.name ? textRef : nameRef).current?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { name: name.trim() ? undefined : REVIEW_MODE.nameMissing, text: text.trim() ? undefined : REVIEW_MODE.textMissing };
    setErrors(next);
    if (next.name) return nameRef.current?.focus();
    if (next.text) return textRef.current?.focus();
    mode.rememberName(name);
    onSubmit(name.trim(), text);
  };

  const described = (field: 'name' | 'text', hint?: string) => [hint, errors[field] && `${id}-${field}-fout`].filter(Boolean).join(' ') || undefined;
  return (
    <form className="comment-form" aria-label={label} onSubmit={submit} noValidate>
      <div className={`field${errors.name ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-naam`}>
          {REVIEW_MODE.nameLabel}
        </label>
        <p className="field__hint" id={`${id}-naam-hint`}>
          {REVIEW_MODE.nameHint}
        </p>
        <FieldError id={`${id}-name-fout`} message={errors.name} />
        <input
          ref={nameRef}
          id={`${id}-naam`}
          className={`input input--medium${errors.name ? ' input--invalid' : ''}`}
          autoComplete="name"
          maxLength={LIMITS.shortText}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described('name', `${id}-naam-hint`)}
        />
      </div>
      <div className={`field${errors.text ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-tekst`}>
          {textLabel}
        </label>
        <FieldError id={`${id}-text-fout`} message={errors.text} />
        <textarea
          ref={textRef}
          id={`${id}-tekst`}
          className={`input${errors.text ? ' input--invalid' : ''}`}
          rows={4}
          maxLength={LIMITS.commentText}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={described('text')}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button button--primary button--small">
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {REVIEW_MODE.cancel}
        </button>
      </div>
    </form>
  );
}
