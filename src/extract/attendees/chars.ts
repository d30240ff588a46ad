/**
 * Character classes asked of single characters, many times a sentence: each UTF-16 code unit is
 * tested against the class's pattern once per process and the answer remembered, where a
 * pattern test on a one-character string costs a call into the regexp engine every time.
 * The answer is the pattern's own for that code unit alone (a lone surrogate is no letter).
 */
export function unitClass(pattern: RegExp): (unit: number) => boolean {
  // 0: not yet known, 1: no, 2: yes
  const known = new Uint8Array(65536);
  return (unit: number): boolean => {
    let k = known[unit]!;
    if (k === 0) known[unit] = k = pattern.test(String.fromCharCode(unit)) ? 2 : 1;
    return k === 2;
  };
}

/** \p{Lu}: a capital. */
export const isUpperUnit = unitClass(/^\p{Lu}$/u);
/** A letter or a combining mark: inside a word. */
export const isLetterOrMark = unitClass(/^[\p{L}\p{M}]$/u);
/** A letter, a mark, a digit or an apostrophe: what a name's first capital may not follow. */
export const isWordUnit = unitClass(/^[\p{L}\p{M}\d']$/u);
