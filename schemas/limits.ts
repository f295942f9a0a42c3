/** Caps that keep a hostile or broken draft file from exhausting memory or the Word renderer. */
export const LIMITS = {
  /** The most a one-line answer may be: the form counts down to it and refuses more on submit. */
  shortText: 300,
  /** The same for an answer of paragraphs. */
  longText: 20_000,
  /**
   * What a draft keeps of a typed answer: well above the limits above, so text pasted over a limit
   * is kept (and read back after a reload) while the user shortens it; only beyond this is it cut.
   */
  shortTextKept: 1_000,
  longTextKept: 60_000,
  activities: 200,
  costLinesPerActivity: 50,
  partners: 100,
  listItems: 50,
  comments: 2_000,
  /** Replies under one comment. */
  commentReplies: 200,
  /** One comment or reply; longer Word comments are cut here on import. */
  commentText: 10_000,
  /** A draft file (or the draft inside a .docx): larger than any real draft, small enough to read safely. */
  draftBytes: 5_000_000,
  /** Parts of a draft that could not be read and are kept aside; more are kept together in the last one. */
  setAsideParts: 100,
  /** The path and the Dutch label of a part kept aside. */
  setAsideLabel: 1_000,
} as const;
