/**
 * How large a skill framework may be. Apart from framework.ts, whose schemas need zod, so the page can check
 * a file's size before it sends it without bundling a validator (see shared/pathway/schema.ts).
 */
export const MAX_FRAMEWORK_ITEMS = 100_000;
/** The largest file an import accepts, in characters. */
export const MAX_FRAMEWORK_TEXT = 20 * 1024 * 1024;
