import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { DraftComment } from '../../schemas/draft';
import type { DocumentModel } from '../document/documentModel';
import { commentTarget, modelAnchors } from '../document/modelAnchors';
import type { WordComments } from './modelToDocx';

// Characters XML 1.0 forbids; a comment may hold them (typed or pasted), the Word file may not.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const paragraphs = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun(line.replace(NOT_XML, ''))] }));

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .join('')
    .slice(0, 9);

/**
 * The open comments as Word comments ("versie voor adviseur"): each at its answer (or section, or
 * the title; see commentTarget), with its replies as Word replies to it. Resolved comments stay
 * out. Pure.
 */
export function advisorComments(comments: readonly DraftComment[] | undefined, model: DocumentModel): WordComments {
  const { answerKeys, sections } = modelAnchors(model);
  const out: ICommentOptions[] = [];
  const at = new Map<string, number[]>();
  for (const comment of comments ?? []) {
    if (comment.resolved) continue;
    const target = commentTarget(comment.anchor, answerKeys, sections);
    const ids = at.get(target) ?? [];
    at.set(target, ids);
    const parentId = out.length;
    const entry = (author: string, text: string, createdAt: string, parent?: number): ICommentOptions => ({
      id: out.length,
      author: author.replace(NOT_XML, ''),
      initials: initialsOf(author.replace(NOT_XML, '')),
      date: new Date(createdAt),
      children: paragraphs(text),
      ...(parent === undefined ? {} : { parentId: parent }),
    });
    ids.push(out.length);
    out.push(entry(comment.author, comment.text, comment.createdAt));
    for (const reply of comment.replies) {
      ids.push(out.length);
      out.push(entry(reply.author, reply.text, reply.createdAt, parentId));
    }
  }
  return { comments: out, at };
}
