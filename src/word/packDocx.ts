import { Packer, type Document } from 'docx';
import { embedDraftJson, withDraftParts } from './embedDraft';
import { zipDeflated } from './zipWrite';

type Parts = Map<string, string | Uint8Array>;
interface DocxCompiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly never[]): Parts;
}

/**
 * docx's own compiler, which Packer.pack zips with fflate. Not public API, so it is checked: if an
 * upgrade of docx renames it, the export still works through Packer.pack (only slower), and
 * packDocx.word.test.ts fails so the change is noticed.
 */
export function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

/**
 * A rendered document as .docx bytes with the draft's JSON inside (embedDraft.ts). The parts docx
 * writes are zipped once, by the platform's zlib (zipWrite.ts), with the draft parts added before
 * zipping: no second pass over the zip. Browser and Node alike.
 */
export async function packDocx(doc: Document, draftJson: string, now: Date): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (!compiler) return embedDraftJson(await Packer.pack(doc, 'uint8array'), draftJson);
  return zipDeflated(withDraftParts(compiler.compile(doc, undefined, []), draftJson), now);
}
