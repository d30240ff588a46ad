/**
 * How reports name people: honorifics, the shape of Vietnamese names (common surnames and
 * middle names; any capitalised name after an honorific, which covers ethnic-minority names such
 * as "Ka Dơng K'Brơi"), the words positions begin with, and the verbs that say what a person did.
 * Names are recognised by shape, never by a list of known people.
 */
import { LETTER, vre, WORD_CHAR } from "./regex.js";

/**
 * Words of address written before a name; the name excludes them. Each is matched in lower
 * case, capitalised, in title case and in capitals ("đồng chí", "Đồng chí", "Đồng Chí", "ĐỒNG CHÍ").
 */
export const HONORIFIC_WORDS: { word: string; example: string }[] = [
  { word: "đồng chí", example: "Dự hội nghị có đồng chí Hoàng Văn Tuấn, Phó Bí thư Huyện ủy" },
  { word: "ông", example: "ông Trần Quốc Bảo, Trưởng phòng Lao động - Thương binh và Xã hội" },
  { word: "bà", example: "bà Lê Thị Hồng, Chủ tịch Hội Liên hiệp Phụ nữ huyện" },
  { word: "thầy", example: "thầy Đoàn Minh Quý, Hiệu trưởng nhà trường phát biểu" },
  { word: "cô", example: "cô Mai Thị Yên được bầu giữ chức Chủ tịch Công đoàn trường" },
  { word: "anh", example: "biểu dương 20 công nhân tiêu biểu, trong đó có anh Rơ Mah Tuấn" },
  { word: "chị", example: "chị Lục Thị Nga, công nhân Công ty may, chia sẻ" },
];

/**
 * Academic, professional and honorary prefixes before a name: a form of address, not a
 * position, so they go in `honorific` and the title stays the position ("PGS.TS Lý Văn Hòa,
 * Hiệu trưởng" -> honorific "PGS.TS", title "Hiệu trưởng"). Abbreviations chain with dots,
 * commas or spaces ("PGS.TS", "PGS. TS.", "TS.BS", "BS.CKII", "ThS.BS."); matched as written.
 */
export const DEGREE_ABBREVIATIONS: { word: string; example: string }[] = [
  { word: "GS", example: "GS.TS Đặng Minh Châu" },
  { word: "PGS", example: "PGS.TS Lương Văn Hải, Hiệu trưởng" },
  { word: "TSKH", example: "GS.TSKH Phạm Quốc Khánh" },
  { word: "TS", example: "TS. Chu Thị Hạnh, Giám đốc Sở" },
  { word: "ThS", example: "ThS. Kha Văn Lộc, Chủ tịch Công đoàn trường" },
  { word: "Ths", example: "Ths. Lữ Thị Xoan (the same degree, as often typed)" },
  { word: "CKII", example: "BS.CKII Lâm Thị Thoa" },
  { word: "CKI", example: "BS.CKI Đỗ Văn Hiếu" },
  { word: "BSCKII", example: "BSCKII. Triệu Văn Phúc, Giám đốc Bệnh viện" },
  { word: "BSCKI", example: "BSCKI Hà Thị Mơ" },
  { word: "BS", example: "BS. Ninh Văn Tú" },
  { word: "DS", example: "DS. Thái Thị Liên" },
  { word: "NGND", example: "NGND Tạ Quang Huy" },
  { word: "NGƯT", example: "NGƯT Vương Thị Ánh, Hiệu trưởng" },
  { word: "TTND", example: "TTND Cao Văn Bình" },
  { word: "TTƯT", example: "TTƯT Hầu Văn Sử" },
  { word: "NSND", example: "NSND Bạch Thị Lụa" },
  { word: "NSƯT", example: "NSƯT Đàm Văn Chiến" },
];

/** The same prefixes and military ranks spelled out: "Nhà giáo ưu tú Nông Văn Khải", "Đại tá Lò Văn Pấng". */
export const TITLE_PREFIX_PHRASES: { phrase: string; example: string }[] = [
  { phrase: "nhà giáo ưu tú", example: "Nhà giáo ưu tú Nông Văn Khải, Hiệu trưởng" },
  { phrase: "nhà giáo nhân dân", example: "Nhà giáo nhân dân Tô Thị Hằng" },
  { phrase: "thầy thuốc ưu tú", example: "Thầy thuốc ưu tú Giáp Văn Long, Giám đốc Bệnh viện" },
  { phrase: "thầy thuốc nhân dân", example: "Thầy thuốc nhân dân Khúc Thị Dung" },
  { phrase: "nghệ sĩ ưu tú", example: "Nghệ sĩ ưu tú Lường Văn Nghiêm" },
  { phrase: "nghệ nhân ưu tú", example: "Nghệ nhân ưu tú Sầm Văn Bình" },
  { phrase: "phó giáo sư", example: "Phó Giáo sư Hà Đình Luận" },
  { phrase: "giáo sư", example: "Giáo sư Nghiêm Văn Tú" },
  { phrase: "tiến sĩ", example: "Tiến sĩ Mạc Thị Liên" },
  { phrase: "thạc sĩ", example: "Thạc sĩ Lê Hoàng Oanh" },
  { phrase: "bác sĩ", example: "bác sĩ Triệu Văn Phúc" },
  { phrase: "dược sĩ", example: "dược sĩ Âu Thị Mai" },
  { phrase: "kỹ sư", example: "kỹ sư Phí Văn Quân" },
  { phrase: "luật sư", example: "luật sư Doãn Văn Hợp" },
  { phrase: "thiếu tướng", example: "Thiếu tướng Hứa Văn Tám" },
  { phrase: "đại tá", example: "Đại tá Lò Văn Pấng, Chỉ huy trưởng" },
  { phrase: "thượng tá", example: "Thượng tá Nông Văn Thạch" },
  { phrase: "trung tá", example: "Trung tá Ma Văn Tiến" },
  { phrase: "thiếu tá", example: "Thiếu tá Bế Văn Hải" },
];

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/**
 * The phrases as literal alternatives, longest first, each in lower case, capitalised, in title
 * case and in capitals ("đồng chí", "Đồng chí", "Đồng Chí", "ĐỒNG CHÍ").
 * Literal words, not classes like "[nN]hà": a pattern that starts with literal words lets V8 skip
 * ahead by their first characters instead of trying every position of the text.
 */
const forms = (phrases: string[]) =>
  [...new Set(phrases.flatMap((p) => [p, cap(p), p.split(" ").map(cap).join(" "), p.toUpperCase()]))].sort((a, b) => b.length - a.length);
const alternatives = (phrases: string[]) => forms(phrases).join("|");
/** A phrase with each word's first letter in either case, or in capitals: "Phó Giáo sư", "Nhà giáo Ưu tú", "THẠC SĨ". */
const anyCase = (phrase: string) => `${phrase.split(" ").map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join(" ")}|${phrase.toUpperCase()}`;
const ADDRESS = `(?:${alternatives(HONORIFIC_WORDS.map((h) => h.word))})`;
const DEGREE = `(?:${DEGREE_ABBREVIATIONS.map((d) => d.word).sort((a, b) => b.length - a.length).join("|")})`;
/** "PGS.TS", "PGS. TS.", "TS.BS", "BSCKII.": abbreviations chained by dots, commas, dashes or a space. */
const DEGREE_CHAIN = `\\b${DEGREE}(?:\\s?[.,-]\\s?${DEGREE}|\\s${DEGREE})*\\.?(?![${LETTER}])`;
// (classes like "[nN]hà" are slow to scan with, but only texts that PREFIX_CUE finds a prefix in are)
const PREFIX = `(?:\\b(?:${[...TITLE_PREFIX_PHRASES.map((p) => p.phrase)].sort((a, b) => b.length - a.length).map(anyCase).join("|")})\\b|${DEGREE_CHAIN})`;

/**
 * An honorific before a name: a word of address ("đồng chí", "đ/c", "ông", "cô", ...), a
 * prefix ("PGS.TS", "Nhà giáo ưu tú"), or both ("ông TS. ..."). "Đ/c" may even follow stray
 * letters ("LĐ/c"). A colon may follow ("các đồng chí:").
 */
export const HONORIFIC = vre(`(?:${PREFIX}|\\b${ADDRESS}\\b|[đĐ]\\/[cC]\\b)(?:\\s+${PREFIX})*(?:\\s*:)?`, "u");
/**
 * The words of address as ADDRESS_HONORIFIC matches them ("đồng chí", "Đồng chí", "Đồng Chí",
 * "ĐỒNG CHÍ", ...), and "đ/c" in its four spellings: one of them, or a colon, ends every match.
 */
export const ADDRESS_FORMS: readonly string[] = [...forms(HONORIFIC_WORDS.map((h) => h.word)), "đ/c", "đ/C", "Đ/c", "Đ/C"];
/** The words of address alone: the pattern to scan a sentence with when PREFIX_CUE finds no prefix in it. */
export const ADDRESS_HONORIFIC = vre(`(?:\\b${ADDRESS}\\b|[đĐ]\\/[cC]\\b)(?:\\s*:)?`, "u");
/**
 * Short strings one of which every prefix holds ("TS", "ThS", "sĩ ", "ưu tú", ...), as literals:
 * a sentence without any has no prefix and is scanned with ADDRESS_HONORIFIC, several times
 * faster than HONORIFIC with its many prefixes. (A test checks that every example holds one.)
 */
export const PREFIX_CUE = new RegExp(
  [
    "GS", "TS", "BS", "DS", "hS", "hs", "CK", "NGND", "NGƯT", "TTND", "TTƯT", "NSND", "NSƯT",
    "ưu tú", "Ưu tú", "Ưu Tú", "ƯU TÚ", "iáo nhân", "iáo Nhân", "IÁO NHÂN", "huốc nhân", "huốc Nhân", "HUỐC NHÂN",
    "sĩ ", "Sĩ ", "SĨ ", "sư ", "Sư ", "SƯ ", "tá ", "Tá ", "TÁ ", "tướng ", "Tướng ", "TƯỚNG ",
  ].join("|"),
  "u",
);

const ADDRESS_AT_START = new RegExp(`^(?:${ADDRESS}|[đĐ]/[cC])(?![${LETTER}])`, "u");
const PREFIX_AT_START = vre(`^${PREFIX}`, "u");

/** The honorific as a value: words of address in lower case, prefixes as written ("đồng chí", "ông TS."). */
export function honorificValue(raw: string): string {
  const trimmed = raw.replace(/\s*:$/u, "").trim();
  // (spaces made single only where a run of them or another space than " " is)
  const h = /\s\s|[^\S ]/u.test(trimmed) ? trimmed.replace(/\s+/gu, " ") : trimmed;
  const word = PREFIX_AT_START.test(h) ? null : ADDRESS_AT_START.exec(h); // "Thầy thuốc ưu tú" as written
  return word ? word[0].toLowerCase() + h.slice(word[0].length) : h;
}

/** Common surnames: a capitalised run starting with one of these may be a name without an honorific. */
export const SURNAMES = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm " +
    "Phùng Mai Tô Hà Tạ Lưu Đinh Cao Kiều Thái Quách Triệu Lương Mạc Chu Hứa Khúc Kha Ngọ Lò Lục Nông Tăng Từ La " +
    "Đàm Thân Châu Chẩu Giáp Tống Âu Ông Diệp Lã Lại Nghiêm Doãn Bế Ninh Tôn Vi Hầu Phí Cù Khổng " +
    "Nhữ Lường Bành Thiều Trình Đậu Thiệu Hàn Lữ Ksor Siu"
  ).split(/\s+/),
);

/** Middle names that make a run of capitalised words very likely a person's name. */
export const MIDDLE_NAMES = new Set(
  (
    "Văn Thị Đức Minh Hữu Thanh Quang Ngọc Xuân Công Đình Thu Kim Hồng Trọng Tuấn Việt Hoàng Quốc Duy Anh Phương " +
    "Thành Bảo Trung Mạnh Tiến Thế Khắc Huy Hải Nam Gia Như Bích Thúy Thùy Tài Sà Chí Song Phúc Lê Tử Kỳ Trường Hoài " +
    "Tấn Thái Hà Sơn Viết Phi Nhật Lan Diệu Mỹ Cẩm Bá Đăng Hùng Vĩnh Tường Thuận Hạnh Hiền Huyền Thảo Khánh"
  ).split(/\s+/),
);

/**
 * Surnames and name prefixes of ethnic minorities, by group, each with an example of the shape.
 * A name's first syllable may be one letter ("Y", "A") or carry an apostrophe ("H'Loan", "K'Bình":
 * any syllable with an apostrophe counts as a name syllable, see NAME_PREFIX_SYLLABLE).
 */
export const MINORITY_SURNAMES: { group: string; names: string; example: string }[] = [
  { group: "Hmong, Dao, Giáy", names: "Vàng Giàng Sùng Vù Mùa Thào Tẩn Lý Hầu Lù Lầu Ly Chảo Bàn Phùn Tráng Hạng Sình Cứ Mua Hờ Lồ Chang Chư Mào", example: "Phó Chủ tịch UBND huyện Giàng Seo Lử" },
  { group: "Thái, Tày, Nùng, Lào, Lự", names: "Cầm Lò Lường Quàng Tòng Khà Lềm Mè Bạc Điêu Đèo Vì Hà Lộc Nông Triệu Hoàng Bế Ma Chẩu Lăng Mông Lục Hứa Sầm Lành Nịnh Ngôn Lạc Mã Sần Vy Vi Lâm Phương Tô", example: "Chủ tịch LĐLĐ huyện Cầm Văn Chung" },
  { group: "Mường", names: "Bạch Quách Đinh Xa Hà Bùi", example: "Bí thư Huyện ủy Xa Văn Kiên" },
  { group: "Ê Đê, Gia Rai, Ba Na, M'Nông, Xơ Đăng", names: "Y Ksor Ksơr Siu Rơ Rah Rmah Puih Kpuih Rcom Niê Kpă Nay Đinh Kpuil Rahlan Hiao Alê Êban Mlô Byă Ayun Adrơng Hđơk Bkrông Êňuôl Điểu A", example: "Phó Chủ tịch UBND tỉnh Nay Y Bhăn, Bí thư Huyện ủy Y Thơng Niê, Chủ tịch LĐLĐ huyện Rah Lan Blơi" },
  { group: "Cơ Ho, Mạ, Chu Ru, Tây Nguyên", names: "Ka Kon Bon Liêng Đa Ha Kră Sơ Cil Păng", example: "Chủ tịch UBND huyện Ka Sô Liễng" },
  { group: "Khmer", names: "Danh Thạch Sơn Kim Lâm Chau Trà Kiên Châu Dương Huỳnh Tăng Lý", example: "Chủ tịch LĐLĐ huyện Thạch Sô Phol" },
  { group: "Chăm", names: "Thiên Sang Đạo Lưu Trượng Quảng Đàng Thông Thuận Bá Từ Châu Chế Báo Kiều", example: "Phó Chủ tịch UBND tỉnh Quảng Thị Mến" },
  { group: "Kinh, less common", names: "Mã Khương Quan Thi Tiêu Ung Viên Ứng Khương Lỗ Mẫn Nhan Sái Trang Giang Đồng Đổng Văn Cung Biện Tào Khâu Lều Hoa Hạ Ninh Mạch Khuất", example: "Phó Chủ tịch UBND huyện Khuất Văn Thắng" },
];

/**
 * Minority surnames that are also the first word of common place and company names ("Kim Sơn",
 * "Quảng Nam", "Sơn La", "Kon Tum", "Đồng Nai", "Y tế"): without an honorific they start a name
 * only when a middle name follows ("Quảng Thị Mến", "Y Thơng Niê"). The common surnames of
 * SURNAMES keep their old reading (a run of three is a name: "Hà Huy Khôi").
 */
export const AMBIGUOUS_SURNAMES = new Set(
  "Y A Ka Kon Bon Ha Đa Sơ Kim Sơn Quảng Sang Đạo Thiên Thông Thuận Bá Ma Nay Trà Kiên Chau Giang Đồng Văn Hoa Hạ Trang Quan Thi Phương Tân Lộc Lạc Mông Sầm Bạc Lăng Lành Ngôn Vì Chang Chư Cứ Mua Lồ Mào Hờ Cung Biện Viên Lỗ Khâu Lều Mạch Báo Bàn Bạch Xa Vy".split(/\s+/),
);

/**
 * Common surnames no province or district name starts with: after "tỉnh", "huyện" a run of three
 * beginning with one is a person, the place left unsaid ("Phó Chủ tịch LĐLĐ tỉnh Trần Phước
 * Hiền"). Not "Hoàng" (quận Hoàng Mai), "Hà" (Hà Nam), "Lý" (Lý Nhân), "Phan" (Phan Thiết), "Hồ",
 * "Võ" (Võ Nhai), "Ngô" (Ngô Quyền), "Dương" (Dương Minh Châu), "Lương" (Lương Sơn).
 */
export const PLACE_FREE_SURNAMES = new Set("Nguyễn Trần Lê Phạm Huỳnh Vũ Đặng Bùi Đỗ Trịnh Trương".split(" "));

/** Every surname a name without an honorific may start with: the common ones and the minority ones. */
export const PERSON_SURNAMES = new Set([...SURNAMES, ...MINORITY_SURNAMES.flatMap((g) => g.names.split(/\s+/))]);

/**
 * Middle names of minority names, which mark a run as a name as surely as "Văn" and "Thị" do:
 * Hmong "A", "Mí", "Seo", "Chứ"; Ê Đê and Gia Rai "Y", "H'"; Khmer and Chăm forms.
 */
export const MINORITY_MIDDLE_NAMES = new Set(
  (
    "A Mí Seo Chứ Sào Y Sô Sa Chanh " +
    // second words of two-word surnames: "Rơ Mah Y Kiên", "Rơ Châm Thị Hơn", "Rơ Ô Hiền"
    "Mah Châm Ô"
  ).split(/\s+/),
);

export const PERSON_MIDDLE_NAMES = new Set([...MIDDLE_NAMES, ...MINORITY_MIDDLE_NAMES]);

/** Middle names that only a person's name has ("Văn", "Thị", "A", "Mí", "Seo"): after them the run is a name whatever the surname. */
export const STRONG_MIDDLE_NAMES = new Set("Văn Thị A Mí Seo".split(/\s+/));

/**
 * Prefixes that open a name, as "Y" opens Ê Đê men's names ("Y Thơng Niê", "Y Kiên Mlô"): a run
 * of three or more starting with one is a name even without a middle name. (Women's "H'" is
 * written joined to the name, "H'Loan", and is caught by NAME_PREFIX_SYLLABLE.)
 */
export const NAME_PREFIXES = new Set(["Y"]);

/** A name syllable with an apostrophe ("H'Bia", "K'Lim", "Ma'Ra"): a name part, never a place word. */
export const NAME_PREFIX_SYLLABLE = /'/u;

/**
 * Capitalised words of organisation names that no personal name holds: a run holding one, or
 * ending in "Việt Nam", is a body ("Hội Nông Dân Việt Nam", "Sở Y Tế"), not a person.
 */
export const NOT_NAME_SYLLABLES = new Set("Ban Sở Phòng Ủy Uỷ Đảng Viện Bệnh Khối Cụm Ngành Cục Bộ Tỉnh Huyện Quận Phường Xã Ty Tổng Tế".split(/\s+/));
export const NOT_NAME_ENDING = /(?:^|\s)(?:Việt Nam|VN)$/u;

/**
 * People whose names stand for places, schools and streets ("Thành phố Hồ Chí Minh", "Trường
 * THCS Lê Văn Tám", "tư tưởng Hồ Chí Minh"): historical figures, never attendees.
 */
export const NAMES_OF_PLACES = new Set(
  [
    "Hồ Chí Minh", "Tôn Đức Thắng", "Võ Thị Sáu", "Lê Văn Tám", "Nguyễn Văn Trỗi", "Nguyễn Thị Minh Khai", "Trần Hưng Đạo",
    "Lý Thường Kiệt", "Nguyễn Văn Cừ", "Lê Hồng Phong", "Trần Quốc Toản", "Lý Tự Trọng", "Võ Nguyên Giáp", "Phạm Văn Đồng",
    "Nguyễn Đình Chiểu", "Huỳnh Thúc Kháng", "Phan Đình Phùng", "Hoàng Hoa Thám", "Phan Bội Châu", "Phan Châu Trinh",
    "Lê Quý Đôn", "Chu Văn An", "Nguyễn Bỉnh Khiêm", "Nguyễn Thị Định", "Đinh Tiên Hoàng", "Nguyễn Ái Quốc", "Lê Thánh Tông",
    "Trần Nhân Tông", "Nguyễn Chí Thanh", "Võ Văn Kiệt", "Nguyễn Văn Linh", "Hoàng Văn Thụ", "Nguyễn Thái Học", "Trần Đại Nghĩa",
    "Lương Thế Vinh", "Nguyễn Hữu Cảnh", "Nguyễn Tất Thành", "Trần Phú", "Lê Duẩn", "Nguyễn Trãi", "Nguyễn Du", "Lê Lợi", "Ngô Quyền",
  ],
);

/**
 * Institution types after which a capitalised run starts with the institution's own name, often a
 * person's ("Trường THCS Lê Quý Đôn", "Công ty TNHH Kim Long"): a person's name can only follow it.
 * The last word or two before the run are looked up.
 */
export const INSTITUTION_BEFORE = new Set([
  "TNHH", "Cổ phần", "cổ phần", "CP", "MTV", "THCS", "THPT", "PTDTNT", "PTDTBT", "PTDT", "TH", "MN", "Tiểu học", "tiểu học",
  "Mầm non", "mầm non", "Đại học", "đại học", "Cao đẳng", "cao đẳng", "Trung cấp", "trung cấp", "Phổ thông", "phổ thông",
  "Nội trú", "nội trú", "Tập đoàn", "tập đoàn", "HTX",
]);

/** Words before "Anh" that make it England, not an address: "tiếng Anh", "nước Anh", "Vương quốc Anh". */
export const NOT_ADDRESS_BEFORE = vre(/\b(?:tiếng|nước|quốc|người)\s+$/iu);

/**
 * Nouns naming what a person is, standing right before the name: "cho đoàn viên Hầu Thị Mai",
 * "công nhân Lý Văn Sính phát biểu". The noun is the person's title when nothing better follows.
 */
export const ROLE_NOUNS: { noun: string; example: string }[] = [
  { noun: "nữ đoàn viên", example: "trao quà cho nữ đoàn viên Sầm Thị Lan" },
  { noun: "đoàn viên", example: "bàn giao nhà Mái ấm Công đoàn cho đoàn viên Hầu Thị Mai" },
  { noun: "nữ công nhân", example: "tặng Bằng khen cho nữ công nhân Giàng Thị Chơ" },
  { noun: "công nhân", example: "công nhân Lý Văn Sính phát biểu tham luận" },
  { noun: "người lao động", example: "trao sổ tiết kiệm cho người lao động Đèo Văn Sơn" },
  { noun: "giáo viên", example: "tuyên dương giáo viên Thào Thị Pà" },
  { noun: "cô giáo", example: "trao quà cho cô giáo Lò Thị Nhung" },
  { noun: "thầy giáo", example: "thầy giáo Mùa A Chứ được tặng Giấy khen" },
  { noun: "nhân viên", example: "nhân viên Kpă Thị Hơn nhận Bằng khen" },
  { noun: "cán bộ", example: "cán bộ Chu Văn Hải được biểu dương" },
  { noun: "điều dưỡng", example: "điều dưỡng Vi Thị Thơm được tặng Giấy khen" },
];

/** A title may also start with a role noun, after the name: "anh Rơ Mah Tuấn, công nhân Nông trường cao su ...". */
export const ROLE_NOUN_START = vre(`^(?:${ROLE_NOUNS.map((r) => r.noun).join("|")})\\b`, "iu");

/** Before a role noun: the person receives something ("trao ... cho", "biểu dương"), an awardee. */
export const RECIPIENT_BEFORE = vre(/\b(?:cho|tặng|trao tặng|trao|khen thưởng|biểu dương|tuyên dương|vinh danh|chúc mừng)\s+(?:(?:các|gia đình|chị|anh)\s+)?$/iu);

/**
 * "của" or "do" before a person usually cites someone outside the meeting ("tiếp nối công việc
 * của đồng chí ..."), except after these words: the person takes part.
 */
export const TAKES_PART_OF = vre(/\b(?:sự (?:tham dự|có mặt|hiện diện|chứng kiến|chủ trì|điều hành|tham gia)|(?:ý kiến |bài )?phát biểu(?: chỉ đạo)?|ý kiến chỉ đạo|tham luận)\s+của\s+(?:các\s+)?$/iu);
/** "Theo báo cáo do bà ..., Phó Chủ tịch ... trình bày": "do" and a verb of the meeting after the person. */
export const DONE_BY_AFTER = vre(/^[^.;]{0,160}?\b(?:trình bày|báo cáo|thông qua|chủ trì|điều hành|điều khiển|trao|tặng|phát động|công bố)\b/iu);
/** "Ban Chấp hành lâm thời ... do bà A - Trưởng phòng Nhân sự làm Chủ tịch": "do" and the office the person takes. */
export const OFFICE_TAKEN = vre(/\slàm (?:Phó )?(?:Chủ tịch|Trưởng ban|Chủ nhiệm)\b/u);

/** The positions a title may start with (the words a title is a run of, comma- or dash-separated). */
const POSITION_WORDS = [
  "tổng bí thư", "thủ tướng", "chủ tịch", "bí thư", "trưởng ban", "trưởng phòng", "trưởng khoa", "trưởng", "giám đốc", "tổng giám đốc",
  "hiệu trưởng", "viện trưởng", "chủ nhiệm", "chánh văn phòng", "chánh án", "chánh thanh tra", "chánh", "tổng biên tập", "ủy viên", "uỷ viên",
  "thư ký", "kế toán", "tổ trưởng", "bộ trưởng", "thứ trưởng", "đại biểu quốc hội", "tỉnh ủy viên", "tỉnh uỷ viên", "huyện ủy viên",
  "huyện uỷ viên", "quận ủy viên", "quận uỷ viên", "thành ủy viên", "thành uỷ viên", "thị ủy viên", "đảng ủy viên", "thường trực",
  "trưởng đoàn", "bí thư chi bộ", "thủ trưởng", "chỉ huy trưởng", "chính ủy", "tư lệnh", "ủy viên ban",
  "UV", "UVBTV", "UVBCH", "UVTV", "UVTW", "UVBTVQU", "UVBTVTU", "UVBTVHU", "HUV", "TUV", "QUV", "ĐUV",
  "CT", "PCT", "BT", "PBT", "GĐ", "PGĐ", "TGĐ", "HT", "PHT", "TP", "PTP", "TB", "PTB",
];
/** Words that may stand before the position: "tân", "nguyên", "đương kim", "phó". */
const POSITION_LEADS = ["tân", "nguyên", "đương kim", "phó"];

/** Words a position begins with: a title is a run of comma- or dash-separated positions. */
export const POSITION_START = vre(`^(?:tân\\s+|nguyên\\s+|đương kim\\s+)?(?:(?:phó|Phó|PHÓ)\\s+)?(?:${POSITION_WORDS.join("|")})\\b`, "iu");

/**
 * A quick reading of POSITION_START at `at` of `s` read up to `end`: false where it cannot match,
 * true where it surely matches, null where only the pattern can tell. Every match begins with the
 * first word of a lead or a position, whole (no word of the pattern is followed by a letter), and
 * a position of several words with its first two, a single space between. The run of letters at
 * `at` is looked up letter by letter in lower case (in a tree of the words, no string built).
 * Sure: a position of one or two words ("Trưởng", "Chủ tịch", "CT") that no word character
 * follows, and no lead ("Phó", "tân") before it. Unsure (null): a lead, a position of more words,
 * a character that the pattern's case-insensitive matching may read otherwise than in lower case.
 */
export function positionAtStart(s: string, at: number, end: number): boolean | null {
  const first = readWord(POSITION_FIRST_WORDS, s, at, end);
  if (first === UNSURE_WORD || first === NO_WORD) return first === UNSURE_WORD ? null : false;
  let { node, i } = first;
  if (node.position && (i >= end || !isWordCharUnit(s.charCodeAt(i)))) return true;
  if (node.whole) return null;
  if (!node.second || i >= end || s.charCodeAt(i) !== 32) return false;
  const second = readWord(node.second, s, i + 1, end);
  if (second === UNSURE_WORD || second === NO_WORD) return second === UNSURE_WORD ? null : false;
  ({ node, i } = second);
  if (node.position && (i >= end || !isWordCharUnit(s.charCodeAt(i)))) return true;
  return node.whole ? null : false;
}

const UNSURE_WORD = 0;
const NO_WORD = 1;

/**
 * The run of letters from `i` read down the tree from `node`, letter by letter in lower case:
 * the node it ends at and where it stops; NO_WORD when a letter no word has here comes first (no
 * word can be the run); UNSURE_WORD at a character case-insensitive matching may read otherwise.
 */
function readWord(node: WordNode, s: string, i: number, end: number): { node: WordNode; i: number } | typeof UNSURE_WORD | typeof NO_WORD {
  for (; i < end; i++) {
    const unit = s.charCodeAt(i);
    const kind = unitKind(unit);
    if (kind === UNSURE) return UNSURE_WORD;
    if (kind === NOT_LETTER) break;
    const next = node.next.get(LOWER_UNIT[unit]!);
    if (!next) return NO_WORD;
    node = next;
  }
  return { node, i };
}

/** Can POSITION_START match at `at` of `s` read up to `end` (see positionAtStart)? */
export function mayStartPosition(s: string, at: number, end: number): boolean {
  return positionAtStart(s, at, end) !== false;
}

/** A word character (WORD_CHAR): what the pattern's word end may not be followed by. */
const IS_WORD_CHAR = new RegExp(`^[${WORD_CHAR}]$`, "u");
const WORD_CHAR_UNITS = new Uint8Array(65536);
function isWordCharUnit(unit: number): boolean {
  let k = WORD_CHAR_UNITS[unit]!;
  if (k === 0) WORD_CHAR_UNITS[unit] = k = IS_WORD_CHAR.test(String.fromCharCode(unit)) ? 2 : 1;
  return k === 2;
}

/** A tree of words by their letters in lower case: which word ends here, and the tree of the words that may follow it. */
interface WordNode {
  next: Map<number, WordNode>;
  /** a whole lead or position ends here ("trưởng", "tân", "CT"), or the first word of a lead of two ("đương") */
  whole: boolean;
  /** a whole position (no lead) ends here: "trưởng", "CT"; in a tree of second words, "chủ tịch" */
  position: boolean;
  /** the second words of the positions of several words that this word starts ("chủ" -> "tịch", "nhiệm") */
  second: WordNode | null;
}
const wordNode = (): WordNode => ({ next: new Map(), whole: false, position: false, second: null });
function addWord(root: WordNode, word: string): WordNode {
  let node = root;
  for (let k = 0; k < word.length; k++) {
    const unit = word.charCodeAt(k);
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = wordNode()));
    node = child;
  }
  return node;
}
const positionPhrases = [...POSITION_LEADS, ...POSITION_WORDS].map((w) => w.toLowerCase());
const POSITION_FIRST_WORDS = wordNode();
for (const phrase of positionPhrases) {
  const [first, second] = phrase.split(" ") as [string, string | undefined];
  const node = addWord(POSITION_FIRST_WORDS, first);
  // "đương kim": a lead, followed by spaces of any kind; its first word is enough to run the pattern
  if (second === undefined || POSITION_LEADS.includes(phrase)) node.whole = true;
  else addWord((node.second ??= wordNode()), second).whole = true;
}
// whole positions of one or two words, no lead among them: where the tree's walk ends on one, the pattern matches
for (const phrase of positionPhrases) {
  if (POSITION_LEADS.includes(phrase)) continue;
  const words = phrase.split(" ");
  if (words.length === 1) addWord(POSITION_FIRST_WORDS, words[0]!).position = true;
  else if (words.length === 2) addWord(addWord(POSITION_FIRST_WORDS, words[0]!).second!, words[1]!).position = true;
}
if (positionPhrases.some((p) => POSITION_LEADS.some((lead) => p !== lead && lead.split(" ")[0] === p.split(" ")[0]))) throw new Error("a position starts like a lead: the sure reading of positionAtStart would be wrong");

/** The letters of the phrases, which the pattern matches in either case. */
const POSITION_LETTERS = new RegExp(`^[${[...new Set(positionPhrases.join("").replace(/ /g, ""))].join("")}]$`, "iu");
const IS_LETTER = new RegExp(`^[${LETTER}]$`, "u");
/** Kinds of code unit: a letter (a word character) the pattern reads as its lower case and no other way; a character that may match a letter of the pattern otherwise; neither (a space, a digit, punctuation, ...). */
const LETTER_AS_LOWER = 1;
const UNSURE = 2;
const NOT_LETTER = 0;
const UNIT_KINDS = new Uint8Array(65536).fill(255);
/** The lower case of each LETTER_AS_LOWER unit. */
const LOWER_UNIT = new Uint16Array(65536);
function unitKind(unit: number): number {
  let kind = UNIT_KINDS[unit]!;
  if (kind !== 255) return kind;
  const c = String.fromCharCode(unit);
  const lower = c.toLowerCase();
  const matchesLetter = POSITION_LETTERS.test(c);
  const readAsLower = lower.length === 1 && (matchesLetter ? POSITION_LETTERS.test(lower) && new RegExp(`^${lower}$`, "iu").test(c) : !POSITION_LETTERS.test(lower));
  kind = IS_LETTER.test(c) && readAsLower ? LETTER_AS_LOWER : matchesLetter ? UNSURE : NOT_LETTER;
  if (kind === LETTER_AS_LOWER) LOWER_UNIT[unit] = lower.charCodeAt(0);
  UNIT_KINDS[unit] = kind;
  return kind;
}

/**
 * "và các" joining two bodies inside a title before a name, which does not end the title (as "và
 * các đồng chí" does): "Trưởng Ban Quản lý Khu kinh tế Núi Thành và các KCN Sông Lam Lưu Văn Kha",
 * "Giám đốc Sở Công Thương và các khu công nghiệp tỉnh ...". A capital or "khu"/"cụm" follows.
 */
export const TITLE_BODY_AND = vre(String.raw`\svà các\s+(?=\p{Lu}|(?:khu|cụm)\s)`, "gu");

/** Verbs that end a title: "Chủ tịch LĐLĐ huyện chủ trì hội nghị", "... phát biểu". */
export const TITLE_STOP = vre(
  /\b(?:và\s+(?:đồng chí|đ\/c|ông|bà|các)|chủ trì|phát biểu|dự và|dự hội nghị|dự đại hội|tham dự|chỉ đạo|trao|tặng|nhấn mạnh|ghi nhận|đánh giá|đã|được|tái đắc cử|đắc cử|trúng cử|cùng|báo cáo|thông qua|chúc mừng|khẳng định|tiếp tục|giữ chức|bỏ phiếu|kết luận|cho biết|đề nghị|yêu cầu|trình bày|điều hành|phát động|vinh dự|khai mạc|bế mạc|lên|nhận|gửi|cũng|biểu dương|tuyên dương|với|tại|trong|vào|ký|ban hành|về dự|đến dự|tới dự|dự)\b/iu,
);

export type RoleCue = "guest" | "chair" | "presenter" | "speaker" | "elected" | "awardee" | "giver";

/** Verbs and phrases that say what a person did, in priority order. */
export const ROLE_CUES: { role: RoleCue; before?: RegExp; after?: RegExp; example: string }[] = [
  { role: "guest", before: vre(/\b(?:dự hội nghị có|dự đại hội có|tham dự hội nghị có|tham dự đại hội có|tới dự|đến dự|về dự|tham dự|dự và chỉ đạo|dự, chỉ đạo|sự tham dự của|có sự tham gia của|chào đón|dự hội nghị|dự đại hội|dự buổi|dự lễ|dự)\b[^.]*$/iu), after: vre(/^[^.;]{0,12}?\b(?:dự và chỉ đạo|dự hội nghị|dự đại hội|tham dự|về dự|đến dự|tới dự|dự)\b/iu), example: "Dự hội nghị có đồng chí ..." },
  { role: "chair", after: vre(/^[^.;]{0,40}?\b(?:chủ trì|điều hành hội nghị|điều hành đại hội)\b/iu), before: vre(/\bchủ trì\b[^.;]*$/iu), example: "... chủ trì hội nghị", },
  { role: "presenter", after: vre(/^[^.;]{0,12}?\b(?:đã\s+)?(?:thông qua|trình bày|báo cáo)\b/iu), example: "... đã thông qua dự thảo báo cáo" },
  { role: "elected", after: vre(/^[^.;]{0,60}?\b(?:tái đắc cử|đắc cử|trúng cử|được bầu|được chỉ định|giữ chức|được tín nhiệm|được bầu bổ sung)\b/iu), before: vre(/\b(?:bầu bổ sung|bầu|chỉ định|tín nhiệm đối với|bỏ phiếu tín nhiệm)\b[^.]*$/iu), example: "bầu bổ sung 02 đồng chí ..., gồm đồng chí ..." },
  { role: "awardee", after: vre(/^[^.;]{0,40}?(?:\bđược(?:\s+[^.;,]{0,40}?)?\s+(?:tặng|trao|nhận|khen thưởng|tuyên dương|biểu dương|vinh danh|công nhận)\b|(?<!ghi |xác |thừa |tiếp )\bnhận\s+(?:Bằng khen|Giấy khen|Cờ thi đua|Kỷ niệm chương|danh hiệu|phần thưởng|quà|suất quà|học bổng|sổ tiết kiệm)\b)/iu), before: vre(/\b(?:trao|tặng|biểu dương|tuyên dương|khen thưởng|vinh danh)\b[^.;]*(?:\bcho|,\s*trong đó có)\s+$/iu), example: "... được LĐLĐ tỉnh tặng Bằng khen; biểu dương 20 đoàn viên, trong đó có anh ..." },
  { role: "speaker", after: vre(/^[^.;]{0,40}?\b(?:phát biểu|kết luận|phát động|nhấn mạnh|ghi nhận|chúc mừng|đánh giá|đề nghị|cho biết|khẳng định|chia sẻ|yêu cầu|biểu dương|gửi lời|bày tỏ|quán triệt|lưu ý|chỉ đạo|báo cáo|phản ánh|kiến nghị|đề xuất|nêu ý kiến|đặt câu hỏi)\b/iu), before: vre(/\b(?:phát biểu|kết luận|theo|lắng nghe|nghe)\b[^.;]*$/iu), example: "... phát biểu chỉ đạo" },
  { role: "giver", after: vre(/^[^.;]{0,40}?\b(?:trao|tặng)\b/iu), example: "... trao Bằng khen cho ..." },
];

/** "lãnh đạo LĐLĐ tỉnh", "đại diện các công đoàn cơ sở": bodies attending without a named person. */
export const UNNAMED_BODY_LEAD = vre(/\b(?:các đồng chí lãnh đạo|lãnh đạo|đại diện lãnh đạo|đại diện)\s*:?\s*(?:các\s+)?/giu);
