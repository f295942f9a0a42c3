import { Fragment, type ReactNode } from 'react';
import type { Block, DocumentModel, TableCell, TextRun } from '../document/documentModel';
import { PREVIEW } from '../text/export';
import { TableRegion } from '../components/TableRegion';
import './DocumentPreview.css';

/**
 * The Word document's text as plain, accessible HTML: drawn from the same document model as the
 * .docx, so what the preview says is what Word will say. Headings start at h2 (the page has the h1).
 */
export function DocumentPreview({ model, afterBlock }: { model: DocumentModel; /** Review mode's comments after a block of the body. */ afterBlock?: (index: number) => ReactNode }) {
  const toc = model.body.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 2);
  return (
    <article className="document-preview" aria-label={PREVIEW.documentLabel} lang="nl-NL">
      <p className="document-preview__furniture">
        <span className="visually-hidden">{PREVIEW.headerLabel}: </span>
        {model.header}
      </p>
      <section className="document-preview__title-page" aria-label={PREVIEW.titlePageLabel}>
        <p className="document-preview__title">{model.titlePage.title}</p>
        {model.titlePage.lines.map((line, i) => (
          <p key={i} className={i === 0 ? 'document-preview__institution' : undefined}>
            {line}
          </p>
        ))}
        {model.titlePage.badge && (
          <p className={model.concept ? 'document-preview__badge document-preview__badge--concept' : 'document-preview__badge'}>{model.titlePage.badge}</p>
        )}
      </section>
      <nav aria-label={PREVIEW.tocLabel} className="document-preview__toc">
        <ul>
          {toc.map((h) => (
            <li key={h.id} className={h.level === 2 ? 'document-preview__toc-sub' : undefined}>
              <a href={`#voorbeeld-${h.id}`}>{h.text}</a>
            </li>
          ))}
        </ul>
      </nav>
      {model.body.map((block, i) => (
        <Fragment key={i}>
          <PreviewBlock block={block} />
          {afterBlock?.(i)}
        </Fragment>
      ))}
      <p className="document-preview__furniture">
        <span className="visually-hidden">{PREVIEW.footerLabel}: </span>
        {model.footer}
      </p>
    </article>
  );
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const text = r.bold ? <strong>{r.text}</strong> : r.text;
        return <span key={i}>{r.italic ? <em>{text}</em> : text}</span>;
      })}
    </>
  );
}

function Cell({ cell }: { cell: TableCell }) {
  if (typeof cell === 'object' && 'mark' in cell) {
    return (
      <>
        <span aria-hidden="true">●</span>
        <span className="visually-hidden">{PREVIEW.planned}</span>
      </>
    );
  }
  const text = typeof cell === 'string' ? cell : cell.text;
  const lines = text.split('\n').flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]));
  if (typeof cell === 'object' && cell.missing) return <em className="document-preview__missing">{lines}</em>;
  if (typeof cell === 'object' && cell.bold) return <strong>{lines}</strong>;
  return <>{lines}</>;
}

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1]!;
      return (
        <Tag id={`voorbeeld-${block.id}`} className={`document-preview__h${block.level}`}>
          {block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={block.style ? `document-preview__${block.style}` : undefined}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <TableRegion label={block.caption}>
          <table className="table document-preview__table">
            <caption className="visually-hidden">{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col" style={{ width: `${Math.round(c.width * 100)}%` }} className={c.align === 'end' ? 'num' : undefined}>
                    <Cell cell={c.header} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} className={block.columns[i]?.align === 'end' ? 'num' : undefined}>
                      <Cell cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {block.totals && (
              <tfoot>
                <tr>
                  {block.totals.map((cell, i) => (
                    <td key={i} className={block.columns[i]?.align === 'end' ? 'num' : undefined}>
                      <strong>
                        <Cell cell={cell} />
                      </strong>
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </TableRegion>
      );
    case 'facts':
      return (
        <TableRegion label={block.caption}>
          <table className="table document-preview__facts">
            <caption className="visually-hidden">{block.caption}</caption>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{row.label}</th>
                  <td>{row.missing ? <em className="document-preview__missing">{row.value}</em> : row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      );
    case 'toc':
    case 'pageBreak':
      // The preview has its own linked table of contents above; page breaks do not exist on screen.
      return null;
  }
}
