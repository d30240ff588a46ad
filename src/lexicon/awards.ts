/**
 * Awards and honours, and the bodies that grant them. `pattern` finds the award as written,
 * `name` is how it is reported.
 */
import { vre } from "./regex.js";

export interface Award {
  pattern: RegExp;
  name: string;
  /** an emulation title held by people or collectives rather than a document handed over */
  title?: boolean;
  example: string;
}

export const AWARDS: Award[] = [
  { pattern: /kỷ niệm chương\s*"?vì sự nghiệp xây dựng tổ chức công đoàn(?: việt nam)?"?/iu, name: "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", example: 'Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"' },
  { pattern: /kỷ niệm chương/iu, name: "Kỷ niệm chương", example: "Kỷ niệm chương" },
  { pattern: /huân chương lao động(?: hạng (?:nhất|nhì|ba))?/iu, name: "Huân chương Lao động", example: "Huân chương Lao động hạng Ba" },
  { pattern: /cờ thi đua/iu, name: "Cờ thi đua", example: "Cờ thi đua của Chính phủ" },
  { pattern: /bằng lao động sáng tạo/iu, name: "Bằng Lao động sáng tạo", example: "bằng Lao động sáng tạo" },
  { pattern: /chứng nhận lao động sáng tạo/iu, name: "Chứng nhận Lao động sáng tạo", example: "chứng nhận Lao động sáng tạo" },
  { pattern: /bằng khen/iu, name: "Bằng khen", example: "Bằng khen của LĐLĐ tỉnh" },
  { pattern: /giấy khen/iu, name: "Giấy khen", example: "Giấy khen của LĐLĐ huyện" },
  { pattern: /chiến s[ĩỹ] thi đua cơ sở/iu, name: "Chiến sĩ thi đua cơ sở", title: true, example: "Chiến sĩ thi đua cơ sở" },
  { pattern: /chiến s[ĩỹ] thi đua cấp tỉnh/iu, name: "Chiến sĩ thi đua cấp tỉnh", title: true, example: "chiến sỹ thi đua cấp tỉnh" },
  { pattern: /chiến s[ĩỹ] thi đua toàn quốc/iu, name: "Chiến sĩ thi đua toàn quốc", title: true, example: "Chiến sĩ thi đua toàn quốc" },
  { pattern: /tập thể lao động xuất sắc/iu, name: "Tập thể lao động xuất sắc", title: true, example: "tập thể lao động xuất sắc" },
  { pattern: /tập thể lao động tiên tiến/iu, name: "Tập thể lao động tiên tiến", title: true, example: "tập thể lao động tiên tiến" },
  { pattern: /lao động tiên tiến/iu, name: "Lao động tiên tiến", title: true, example: "danh hiệu lao động tiên tiến" },
  { pattern: /"?giỏi việc nước,? đảm việc nhà"?/iu, name: "Giỏi việc nước, đảm việc nhà", title: true, example: '"Giỏi việc nước, đảm việc nhà"' },
  { pattern: /"?người tốt\s*-\s*việc tốt"?/iu, name: "Người tốt - Việc tốt", title: true, example: '"Người tốt - Việc tốt"' },
  { pattern: /công đoàn (?:cơ sở )?vững mạnh(?: xuất sắc)?/iu, name: "Công đoàn vững mạnh", title: true, example: "Công đoàn cơ sở vững mạnh" },
  { pattern: /giải (?:nhất|nhì|ba)(?:,\s*(?:nhất|nhì|ba))*/iu, name: "Giải Nhất, Nhì, Ba", example: "giải Nhất" },
  { pattern: /giải khuyến khích/iu, name: "Giải Khuyến khích", example: "giải Khuyến khích" },
  { pattern: /đạt chuẩn văn hóa/iu, name: "đạt chuẩn văn hóa", title: true, example: '"đạt chuẩn văn hóa"' },
];

/** Bodies that grant awards, as written before "tặng"/after "của": "UBND tỉnh", "Tổng LĐLĐ Việt Nam". */
export const GRANTOR = vre(String.raw`(?:Thủ tướng Chính phủ|Chính phủ|Chủ tịch nước|Bộ [\p{Lu}][\p{L}\p{M}-]*(?:\s[\p{Lu}][\p{L}\p{M}-]*)*|Tổng Liên đoàn Lao động Việt Nam|Tổng LĐLĐ(?: Việt Nam| VN)?|Tổng LĐLĐVN|Liên đoàn (?:L|l)ao động (?:tỉnh|huyện|quận|thành phố|thị xã|TP\.?)(?:\s[\p{Lu}][\p{L}\p{M}]*)*|LĐLĐ (?:tỉnh|huyện|quận|thành phố|thị xã|TP\.?)(?:\s[\p{Lu}][\p{L}\p{M}]*)*|UBND (?:tỉnh|huyện|quận|thành phố|thị xã|TP\.?)(?:\s[\p{Lu}][\p{L}\p{M}]*)*|Ủy ban nhân dân (?:tỉnh|huyện|quận|thành phố|thị xã)(?:\s[\p{Lu}][\p{L}\p{M}]*)*|(?:Tỉnh|Huyện|Quận|Thành) ủy|Công đoàn (?:Giáo dục|Y tế|Viên chức|ngành [\p{L}\p{M}]+)(?: Việt Nam| tỉnh)?|CĐ(?:YT|GD)VN|Hội đồng [Tt]hi đua[\p{L}\p{M} -]*?(?=\s(?:tặng|trao|khen|đánh giá|công nhận))|Cụm thi đua[\p{L}\p{M}\d ,]*?(?=\s(?:tặng|trao|suy tôn)))`, "u");
