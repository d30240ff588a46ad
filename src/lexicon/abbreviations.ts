/**
 * Abbreviations of union and state bodies. Organizer names are reported with these expanded
 * (the contract: "LĐLĐ" -> "Liên đoàn Lao động", "CĐCS" -> "Công đoàn cơ sở"); titles are kept
 * as written. Each entry: the abbreviation, its expansion, and where it may be expanded.
 */
import { DEGREE_ABBREVIATIONS } from "./people.js";
import { vre } from "./regex.js";

export interface Abbreviation {
  short: string;
  long: string;
  /** only expand when the preceding word matches (e.g. "MN" only after "Trường") */
  after?: RegExp;
  example: string;
}

export const ABBREVIATIONS: Abbreviation[] = [
  { short: "Tổng LĐLĐ", long: "Tổng Liên đoàn Lao động", example: "Tổng LĐLĐ Việt Nam" },
  { short: "LĐLĐ", long: "Liên đoàn Lao động", example: "LĐLĐ huyện Tân Lạc" },
  { short: "CĐCS", long: "Công đoàn cơ sở", example: "CĐCS Sở Công Thương" },
  { short: "CĐ", long: "Công đoàn", example: "CĐ Giáo dục tỉnh" },
  { short: "CĐN", long: "Công đoàn ngành", example: "CĐN Y tế" },
  { short: "CĐVC", long: "Công đoàn Viên chức", example: "CĐVC tỉnh" },
  { short: "UBND", long: "Ủy ban nhân dân", example: "UBND huyện" },
  { short: "HĐND", long: "Hội đồng nhân dân", example: "HĐND tỉnh" },
  { short: "UBMTTQVN", long: "Ủy ban Mặt trận Tổ quốc Việt Nam", example: "UBMTTQVN quận" },
  { short: "UBMTTQ", long: "Ủy ban Mặt trận Tổ quốc", example: "UBMTTQ Việt Nam huyện" },
  { short: "MTTQ", long: "Mặt trận Tổ quốc", example: "Ủy ban MTTQ tỉnh" },
  { short: "VN", long: "Việt Nam", example: "Công đoàn Cao su VN" },
  { short: "MN", long: "Mầm non", after: /(?:Trường|cơ sở|CĐCS)$/iu, example: "Trường MN Nghĩa Trung, CĐCS MN Nghĩa Trung" },
  { short: "TH", long: "Tiểu học", after: /Trường$/iu, example: "Trường TH Kim Đồng" },
  { short: "CP", long: "Cổ phần", after: /Công ty$/iu, example: "Công ty CP Bao Bì" },
  { short: "KCN", long: "Khu công nghiệp", example: "Công đoàn các KCN tỉnh" },
  { short: "KKT", long: "Khu kinh tế", example: "Công đoàn KKT tỉnh" },
  { short: "KCX", long: "Khu chế xuất", example: "Công đoàn các KCX và công nghiệp" },
  { short: "CSTV", long: "cơ sở thành viên", after: /Công đoàn$/iu, example: "các Công đoàn CSTV của Tổng công ty" },
  // the sectors a sector union is named after
  { short: "NN&PTNT", long: "Nông nghiệp và Phát triển nông thôn", example: "Công đoàn ngành NN&PTNT tỉnh" },
  { short: "GD&ĐT", long: "Giáo dục và Đào tạo", example: "Công đoàn ngành GD&ĐT" },
  { short: "GDĐT", long: "Giáo dục và Đào tạo", example: "Công đoàn Sở GDĐT" },
  { short: "TN&MT", long: "Tài nguyên và Môi trường", example: "Công đoàn Sở TN&MT" },
  { short: "GTVT", long: "Giao thông vận tải", example: "Công đoàn ngành GTVT" },
  { short: "LĐ-TB&XH", long: "Lao động - Thương binh và Xã hội", example: "Công đoàn Sở LĐ-TB&XH" },
  { short: "LĐTBXH", long: "Lao động - Thương binh và Xã hội", example: "Công đoàn Sở LĐTBXH" },
];

/** Words written with a dot that does not end a sentence: "TP. Hội An", "ThS. Nguyễn Văn A", and every degree before a name ("DS. Thái Thị Liên"). */
export const DOTTED_ABBREVIATIONS = new Set([
  "TP", "Tp", "tp", "ThS", "Ths", "TS", "PGS", "GS", "BS", "KS", "BSCKI", "BSCKII", "NXB", "St", "Mr", "Mrs", "Ms", "Dr", "TX", "Q", "P", "H", "X", "TT", "Th",
  ...DEGREE_ABBREVIATIONS.map((d) => d.word),
]);

/** Expand union and state abbreviations in an organizer name. */
const ABBREVIATION_RES = ABBREVIATIONS.map((a) => ({ a, re: vre(`(^|[^\\p{L}])${a.short}(?![\\p{L}])`, "gu") }));

export function expandAbbreviations(name: string): string {
  let out = name;
  for (const { a, re } of ABBREVIATION_RES) {
    if (!out.includes(a.short)) continue; // the pattern needs the abbreviation as written
    out = out.replace(re, (m, pre: string, offset: number) => {
      if (a.after && !a.after.test(out.slice(0, offset + pre.length).trimEnd())) return m;
      return pre + a.long;
    });
  }
  return out;
}
