/** Caps that keep a hostile or broken draft file from exhausting memory or the Word renderer. */
export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  activities: 200,
  costLinesPerActivity: 50,
  partners: 100,
  listItems: 50,
  comments: 2_000,
  /** Replies under one comment. */
  commentReplies: 200,
  /** One comment or reply; longer Word comments are cut here on import. */
  commentText: 10_000,
} as const;
