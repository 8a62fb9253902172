/**
 * Deeper nesting is refused before the yaml package composes a document: its
 * composer recurses per level and overflows the stack near a thousand levels,
 * and a stack overflow there can leave the process unable to parse anything
 * else. Settings files nest a few levels.
 */
export const MAX_NESTING = 256;

export const TOO_DEEP = `Objects and lists are nested more than ${MAX_NESTING} levels deep here; miglint does not read files nested this deep`;
