/** The character classes the attendee search asks of single characters (see unitClass). */
import { unitClass } from "../../lexicon/regex.js";

/** \p{Lu}: a capital. */
export const isUpperUnit = unitClass(/^\p{Lu}$/u);
/** A letter or a combining mark: inside a word. */
export const isLetterOrMark = unitClass(/^[\p{L}\p{M}]$/u);
/** A letter, a mark, a digit or an apostrophe: what a name's first capital may not follow. */
export const isWordUnit = unitClass(/^[\p{L}\p{M}\d']$/u);
