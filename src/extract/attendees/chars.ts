/** The character classes the attendee search asks of single characters (see unitClass). */
import { unitClass } from "../../lexicon/regex.js";

/** A letter or a combining mark: inside a word. */
export const isLetterOrMark = unitClass(/^[\p{L}\p{M}]$/u);
/** A letter, a mark, a digit or an apostrophe: what a name's first capital may not follow. */
export const isWordUnit = unitClass(/^[\p{L}\p{M}\d']$/u);

/**
 * The same questions of a code point, for the syllables of a name: a character outside the BMP
 * (the capitals of "𝐍𝐠𝐮𝐲ễ𝐧") is asked of the pattern itself, the rest of a remembered table.
 */
function codePointClass(pattern: RegExp): (cp: number) => boolean {
  const unit = unitClass(pattern);
  return (cp: number) => (cp < 0x10000 ? unit(cp) : pattern.test(String.fromCodePoint(cp)));
}
/** \p{Lu} */
export const isUpper = codePointClass(/^\p{Lu}$/u);
/** \p{Ll} */
export const isLower = codePointClass(/^\p{Ll}$/u);
/** [\p{Ll}\p{M}]: what follows a syllable's capital */
export const isLowerOrMark = codePointClass(/^[\p{Ll}\p{M}]$/u);
/** [\p{L}\p{M}\d]: what may not follow a syllable */
export const isLetterMarkOrDigit = codePointClass(/^[\p{L}\p{M}\d]$/u);

