/**
 * Words that make a text read as Vietnamese. Used to pick an encoding among candidates and to
 * tell a report from a text that is not one (an English article, a recipe).
 */
export const COMMON_WORDS = [
  "của", "và", "các", "được", "trong", "người", "những", "năm", "cho", "với", "đã", "công",
  "đoàn", "động", "lao", "hội", "nghị", "tổ", "chức", "thực", "hiện", "viên", "này", "có",
];

const COMMON = new Set(COMMON_WORDS);

/** Count of common Vietnamese words in the text (word boundaries by non-letters). */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const w of text.toLowerCase().normalize("NFC").split(/[^\p{L}]+/u)) if (COMMON.has(w)) score++;
  return score;
}

/** Words that a trade-union report about a meeting nearly always has. */
export const REPORT_WORDS = /(?:công đoàn|liên đoàn|hội nghị|đại hội|đoàn viên|người lao động|ban chấp hành|CĐCS|LĐLĐ|CNVCLĐ)/iu;
