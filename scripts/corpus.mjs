#!/usr/bin/env node
/**
 * A synthetic corpus of trade-union conference reports for the benchmark: N files of 2-6 KB,
 * each assembled from templates (title, date line, lead, statistics, tasks, byline, page
 * furniture) and from paragraphs of the seed reports in fixtures/seeds, with numbers, names,
 * places, dates and paragraph order varied so that no two files are alike. Deterministic: the
 * same N and seed give the same files.
 *
 *   node scripts/corpus.mjs DIR [N] [--seed S]
 */
import { promises as fs, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** mulberry32: a small, fast, seedable PRNG */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle, chance: (p) => next() < p };
}

const PROVINCES = ["Lạng Sơn", "Tuyên Quang", "Lâm Đồng", "Bắc Kạn", "Nghệ An", "Hà Tĩnh", "Quảng Nam", "Gia Lai", "Đắk Lắk", "Thái Bình", "Nam Định", "Tiền Giang", "An Giang", "Cà Mau", "Phú Thọ", "Yên Bái", "Sơn La", "Bình Định", "Khánh Hòa", "Long An"];
const DISTRICTS = ["Đình Lập", "Chi Lăng", "Đam Rông", "Hàm Yên", "Sơn Dương", "Chợ Mới", "Ba Bể", "Kỳ Anh", "Hương Sơn", "Diễn Châu", "Quỳnh Lưu", "Núi Thành", "KBang", "Chư Sê", "Krông Pắc", "Tiền Hải", "Hải Hậu", "Cái Bè", "Tân Châu", "Năm Căn", "Thanh Sơn", "Văn Yên", "Mộc Châu", "Tuy Phước", "Vạn Ninh", "Cần Giuộc", "Lộc Bình", "Bảo Lâm", "Yên Sơn", "Na Rì"];
const URBAN = ["Long Biên", "Cầu Giấy", "Hải Châu", "Ninh Kiều", "Lê Chân", "Thanh Khê", "Bình Thạnh", "Hoàng Mai"];
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Bế", "Chu", "Hà", "Lương"];
const MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân", "Thị Thu", "Công"];
const GIVEN = ["Lộc", "Hòa", "Thủy", "Trung", "Ngọc", "Thành", "Dung", "Gấm", "Tùng", "Huấn", "Giang", "Cương", "Lan", "Hương", "Phúc", "Chi", "Hải", "Nam", "Bình", "Tuấn", "Yến", "Hạnh"];
const ROLES = ["Phó Chủ tịch LĐLĐ tỉnh", "Chủ tịch LĐLĐ huyện", "Phó Bí thư Thường trực Huyện ủy", "Phó Chủ tịch UBND huyện", "Trưởng Ban Dân vận Huyện ủy", "Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"];
const WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];
const PARTS = ["Sáng", "Chiều", "Sáng ngày", "Chiều ngày", "Ngày"];

const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const pad2 = (n) => String(n).padStart(2, "0");

function money(r) {
  switch (r.int(0, 3)) {
    case 0:
      return `${group(r.int(5, 900) * 100000)}đ`;
    case 1:
      return `${r.int(20, 990)} triệu đồng`;
    case 2:
      return `${r.int(1, 9)},${r.int(1, 9)} tỷ đồng`;
    default:
      return `${group(r.int(10, 999) * 1000000)} đồng`;
  }
}

function person(r) {
  return `${r.pick(SURNAMES)} ${r.pick(MIDDLES)} ${r.pick(GIVEN)}`;
}

function organizer(r, place) {
  switch (r.int(0, 5)) {
    case 0:
      return { name: `Liên đoàn Lao động huyện ${place.district}`, short: `LĐLĐ huyện ${place.district}` };
    case 1:
      return { name: `Liên đoàn Lao động quận ${place.urban}`, short: `LĐLĐ quận ${place.urban}` };
    case 2:
      return { name: `Liên đoàn Lao động tỉnh ${place.province}`, short: `LĐLĐ tỉnh ${place.province}` };
    case 3:
      return { name: `Công đoàn Viên chức tỉnh ${place.province}`, short: `CĐVC tỉnh ${place.province}` };
    case 4:
      return { name: `Công đoàn ngành Giáo dục tỉnh ${place.province}`, short: `Công đoàn ngành Giáo dục` };
    default:
      return { name: `Liên đoàn lao động huyện ${place.district}`, short: `LĐLĐ huyện ${place.district}` };
  }
}

/** Paragraphs of the seed reports (no furniture), to be reused with their details varied. */
function seedParagraphs() {
  const dir = path.join(ROOT, "fixtures", "seeds");
  const out = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    for (const line of readFileSync(path.join(dir, f), "utf8").split(/\n/)) {
      const t = line.trim();
      if (t.length > 160) out.push(t);
    }
  }
  return out;
}

const SEED_PLACES = /Đình Lập|Chi Lăng|Đam Rông|Long Biên|Hàm Yên|Sơn Dương|Lạng Sơn/g;
const SEED_PEOPLE = /Đặng Văn Lộc|Bế Thị Hòa|Ngô Quang Trung|Nguyễn Trường Giang|Chẩu Thị Thu|Võ Công Thành|Đỗ Văn Ngọc|Nguyễn Thị Thu Thủy|Đỗ Thị Gấm/g;
/** counts and amounts, not dates, years, codes or ordinals */
const SEED_NUMBER = /(?<![\d/.,:-]|thứ |khóa |số )(\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\d/:]|[.,]\d)/g;

function varySeed(r, text, ctx) {
  return text
    .replace(SEED_PLACES, () => r.pick([ctx.place.district, ctx.place.district, ctx.place.province]))
    .replace(SEED_PEOPLE, () => person(r))
    .replace(SEED_NUMBER, (m) => {
      const n = Number(m.replace(/\./g, ""));
      if (n >= 1900 && n <= 2100 && !m.includes(".")) return String(ctx.year - (n <= 2030 ? 0 : 0) + (n % 2 === 0 ? 0 : -1));
      const lead0 = /^0\d$/.test(m);
      const v = Math.max(1, Math.round(n * (0.4 + r.next() * 1.6)));
      return lead0 ? pad2(Math.min(v, 99)) : n >= 1000 ? group(v) : String(v);
    });
}

const STAT_TEMPLATES = [
  (r, c) => `Trong năm ${c.review}, các cấp công đoàn đã tổ chức thăm và tặng ${group(r.int(50, 3000))} suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá ${money(r)}. Nhân dịp Tết Nguyên đán, ${c.org.short} đã trao ${r.int(10, 200)} suất quà, mỗi suất trị giá ${group(r.int(3, 20) * 100000)}đ cho công nhân lao động.`,
  (r, c) => `Toàn ${c.unitWord} hiện có ${r.int(20, 400)} công đoàn cơ sở với ${group(r.int(800, 40000))} đoàn viên. Trong năm, đã kết nạp mới ${group(r.int(50, 2500))} đoàn viên, thành lập mới ${r.int(1, 30)} CĐCS, đạt ${r.int(80, 140)}% chỉ tiêu được giao.`,
  (r, c) => `Có ${r.int(2, 40)} tập thể và ${r.int(3, 90)} cá nhân được ${c.org.short} tặng Giấy khen; ${pad2(r.int(1, 12))} tập thể, ${pad2(r.int(1, 15))} cá nhân được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua yêu nước và hoạt động công đoàn năm ${c.review}.`,
  (r, c) => `Phong trào thi đua "Lao động giỏi, lao động sáng tạo" thu hút hơn ${group(r.int(1000, 60000))} lượt đoàn viên tham gia, có ${group(r.int(10, 900))} sáng kiến được công nhận, làm lợi trên ${money(r)}. ${r.int(85, 100)}% công đoàn cơ sở tổ chức Hội nghị người lao động đúng quy định.`,
  (r, c) => `Quỹ "Mái ấm Công đoàn" vận động được ${money(r)}, hỗ trợ xây mới và sửa chữa ${r.int(2, 40)} nhà cho đoàn viên khó khăn về nhà ở. Công đoàn các cấp đã phối hợp tổ chức ${r.int(5, 300)} cuộc tuyên truyền cho trên ${group(r.int(300, 20000))} lượt người tham dự.`,
  (r, c) => `Công tác tài chính công đoàn được thực hiện đúng quy định: thu kinh phí công đoàn đạt ${money(r)}, đạt ${r.int(90, 125)},${r.int(1, 9)}% kế hoạch; thu đoàn phí công đoàn đạt ${money(r)}.`,
  (r, c) => `Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra ${r.int(5, 120)} CĐCS cùng cấp và cấp dưới chấp hành Điều lệ Công đoàn Việt Nam, giám sát ${r.int(3, 60)} tổ chức công đoàn; tiếp nhận và giải quyết ${r.int(0, 12)} đơn thư của đoàn viên.`,
  (r, c) => `Dịp này, ${c.org.short} phối hợp tổ chức giải bóng chuyền và hội thi văn nghệ với sự tham gia của ${r.int(8, 60)} đội và gần ${group(r.int(200, 3000))} vận động viên, diễn viên; trao ${r.int(3, 12)} giải Nhất, Nhì, Ba cho các đội đạt thành tích cao.`,
];

const FILLER = [
  (r, c) => `Năm ${c.review}, trong bối cảnh còn nhiều khó khăn, ${c.org.name} đã bám sát sự lãnh đạo, chỉ đạo của cấp ủy và công đoàn cấp trên, chủ động phối hợp với chính quyền cùng cấp triển khai đồng bộ các nhiệm vụ, chăm lo đời sống vật chất, tinh thần cho đoàn viên và người lao động, góp phần hoàn thành thắng lợi nhiệm vụ chính trị của địa phương.`,
  (r, c) => `Phát biểu chỉ đạo tại hội nghị, đồng chí ${c.guest} - ${r.pick(ROLES)} ghi nhận và đánh giá cao những kết quả mà công đoàn các cấp đã đạt được; đồng thời đề nghị trong thời gian tới tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, lấy đoàn viên và người lao động làm trung tâm.`,
  (r, c) => `Bên cạnh những kết quả đạt được, hoạt động công đoàn vẫn còn một số tồn tại, hạn chế như: công tác phát triển đoàn viên ở khu vực ngoài nhà nước còn gặp khó khăn; một số công đoàn cơ sở hoạt động còn hình thức, chưa thường xuyên; công tác thông tin, báo cáo có lúc chưa kịp thời.`,
  (r, c) => `Tại hội nghị, các đại biểu đã tập trung thảo luận, đóng góp ý kiến vào dự thảo báo cáo, chia sẻ kinh nghiệm trong công tác tập hợp đoàn viên, tổ chức các hoạt động chăm lo, đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của người lao động tại đơn vị.`,
];

const TASKS = [
  (r, c) => `Năm ${c.next}, ${c.org.name} tiếp tục đẩy mạnh công tác tuyên truyền, giáo dục chính trị, tư tưởng cho đoàn viên; tập trung phát triển đoàn viên, thành lập công đoàn cơ sở; nâng cao hiệu quả công tác đại diện, chăm lo, bảo vệ quyền lợi hợp pháp của người lao động; phấn đấu kết nạp mới ${group(r.int(100, 3000))} đoàn viên, thành lập mới ${r.int(2, 20)} CĐCS.`,
  (r, c) => `Hội nghị thống nhất phương hướng, nhiệm vụ năm ${c.next} với các chỉ tiêu chủ yếu: ${r.int(90, 100)}% CĐCS tổ chức Hội nghị người lao động; ${r.int(70, 90)}% CĐCS đạt vững mạnh; tổ chức thăm, tặng quà cho ${group(r.int(100, 2000))} đoàn viên có hoàn cảnh khó khăn.`,
];

function titleOf(r, c) {
  switch (c.kind) {
    case "annual":
      return r.pick([
        `Hội nghị tổng kết công tác Công đoàn năm ${c.review}`,
        `${c.org.short} tổng kết công tác năm ${c.review}, triển khai nhiệm vụ năm ${c.next}`,
        `${c.org.name}: Tổng kết hoạt động công đoàn năm ${c.review}`,
      ]);
    case "midyear":
      return `${c.org.name} sơ kết công tác Công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm ${c.review}`;
    case "congress":
      return `Đại hội Công đoàn ${c.unitWord} ${c.place.district} lần thứ ${c.session}, nhiệm kỳ ${c.termFrom} - ${c.termFrom + 5}`;
    default:
      return `Hội nghị Ban Chấp hành ${c.org.short} lần thứ ${r.int(2, 20)}`;
  }
}

function leadOf(r, c) {
  const when = `${r.pick(PARTS)} ${c.day}/${c.month}/${c.year}`;
  switch (c.kind) {
    case "annual":
      return `${when}, ${c.org.name} đã tổ chức Hội nghị tổng kết công tác công đoàn năm ${c.review}, triển khai nhiệm vụ năm ${c.next}. Dự hội nghị có đồng chí ${c.guest} - ${r.pick(ROLES)}; đồng chí ${person(r)} - ${r.pick(ROLES)}, cùng đại diện các công đoàn cơ sở trực thuộc.`;
    case "midyear":
      return `${when}, ${c.org.name} tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm ${c.review}. Tham dự hội nghị có đồng chí ${c.guest} - ${r.pick(ROLES)} và các đồng chí ủy viên Ban Chấp hành.`;
    case "congress":
      return `${when}, Công đoàn ${c.unitWord} ${c.place.district} tổ chức Đại hội lần thứ ${c.session}, nhiệm kỳ ${c.termFrom} - ${c.termFrom + 5}. Về dự Đại hội có đồng chí ${c.guest} - ${r.pick(ROLES)} cùng ${r.int(90, 250)} đại biểu chính thức đại diện cho ${group(r.int(1000, 20000))} đoàn viên công đoàn.`;
    default:
      return `${when}, ${c.org.name} tổ chức Hội nghị Ban Chấp hành lần thứ ${r.int(2, 20)} để đánh giá kết quả hoạt động công đoàn năm ${c.review}, phương hướng nhiệm vụ năm ${c.next}. Dự hội nghị có đồng chí ${c.guest} - ${r.pick(ROLES)}.`;
  }
}

function datelineOf(r, c) {
  const hh = pad2(r.int(6, 21));
  const mm = pad2(r.int(0, 59));
  const pd = c.pubDay;
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(WEEKDAYS)}, ngày ${pd} tháng ${c.month} năm ${c.year} - ${hh}:${mm}`;
    case 1:
      return `${pad2(pd)}/${pad2(c.month)}/${c.year} ${hh}:${mm} ${r.pick(["SA", "CH"])}`;
    case 2:
      return `Cập nhật lúc ${hh}:${mm} - ${pad2(pd)}/${pad2(c.month)}/${c.year} (GMT +07:00)`;
    default:
      return `${r.pick(WEEKDAYS)}, ${pd} Tháng ${c.month} ${c.year} ${hh}:${mm}`;
  }
}

const HEAD_FURNITURE = ["Skip to main content", "Chế độ ban đêm In trang Xuất PDF Đọc nội dung", "-A A +A", "Cỡ chữ: A+ A-", "Trang chủ"];
const TAIL_FURNITURE = [
  (r) => `Lượt xem: ${r.int(50, 5000)}`,
  (r) => `Tin khác\n${r.pick(DISTRICTS)}: Hội nghị tổng kết công tác công đoàn\nTrao quà Tết cho công nhân lao động`,
  (r) => `Tổng số: ${r.int(10, 300)} | Trang: 1 trên tổng số ${r.int(2, 30)} trang`,
  (r) => `Thống kê truy cập\n  • ${String(r.int(100000, 9999999)).padStart(9, "0")}\n  •  Đang online: ${r.int(5, 300)}`,
];

/** One report: text of 2-6 KB. */
export function makeReport(index, seed = 1) {
  const r = rng(seed * 1000003 + index * 7919);
  const year = r.int(2016, 2025);
  const kind = r.pick(["annual", "annual", "midyear", "congress", "executive"]);
  const place = { province: r.pick(PROVINCES), district: r.pick(DISTRICTS), urban: r.pick(URBAN) };
  const month = kind === "midyear" ? r.int(6, 7) : kind === "annual" ? r.int(1, 12) === 12 ? 12 : r.int(1, 2) : r.int(1, 12);
  const day = r.int(1, 28);
  const c = {
    kind,
    place,
    org: organizer(r, place),
    year,
    month,
    day,
    pubDay: Math.min(28, day + r.int(0, 2)),
    review: kind === "midyear" || month === 12 ? year : year - 1,
    next: kind === "midyear" || month === 12 ? year + 1 : year,
    session: r.pick(ROMAN),
    termFrom: year - r.int(0, 1),
    guest: person(r),
    unitWord: r.pick(["huyện", "tỉnh", "ngành"]),
  };
  const seeds = SEEDS;
  const head = [];
  for (const f of HEAD_FURNITURE) if (r.chance(0.25)) head.push(f);
  const title = titleOf(r, c);
  const bodyPool = r.shuffle([
    ...r.shuffle(STAT_TEMPLATES).slice(0, r.int(2, 5)).map((t) => t(r, c)),
    ...r.shuffle(FILLER).slice(0, r.int(1, 3)).map((t) => t(r, c)),
    ...r.shuffle(seeds).slice(0, r.int(0, 2)).map((p) => varySeed(r, p, c)),
  ]);
  const tasks = r.pick(TASKS)(r, c);
  const byline = r.pick([`Tin, ảnh: ${person(r)}`, person(r), `${person(r)} - ${c.org.short}`, `Theo ${c.org.short}`, `PV`]);
  const tail = r.chance(0.6) ? [r.pick(TAIL_FURNITURE)(r)] : [];

  const assemble = (body) => {
    const parts = [...head, title, datelineOf(rng(index + 17), c), leadOf(rng(index + 29), c), ...body, tasks, byline, ...tail];
    const sep = r.chance(0.5) ? "\n\n" : "\n";
    return parts.join(sep) + "\n";
  };
  let body = bodyPool;
  let text = assemble(body);
  while (Buffer.byteLength(text) > 6000 && body.length > 2) {
    body = body.slice(0, -1);
    text = assemble(body);
  }
  let extra = 0;
  while (Buffer.byteLength(text) < 2000 && extra < 8) {
    body = [...body, STAT_TEMPLATES[(index + extra) % STAT_TEMPLATES.length](r, c)];
    text = assemble(body);
    extra++;
  }
  return text;
}

const SEEDS = seedParagraphs();

/** Write N reports into `dir` (created if needed). Returns the total bytes written. */
export async function generateCorpus(dir, n, seed = 1) {
  await fs.mkdir(dir, { recursive: true });
  const width = String(n - 1).length;
  let bytes = 0;
  const batch = 64;
  for (let i = 0; i < n; i += batch) {
    const writes = [];
    for (let j = i; j < Math.min(n, i + batch); j++) {
      const text = makeReport(j, seed);
      bytes += Buffer.byteLength(text);
      writes.push(fs.writeFile(path.join(dir, `r${String(j).padStart(width, "0")}.txt`), text));
    }
    await Promise.all(writes);
  }
  return bytes;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [dir, n = "100"] = args;
  if (!dir) {
    process.stderr.write("usage: node scripts/corpus.mjs DIR [N] [--seed S]\n");
    process.exit(2);
  }
  const bytes = await generateCorpus(dir, Number(n), seed);
  process.stderr.write(`${n} reports, ${(bytes / 1e6).toFixed(1)} MB in ${dir}\n`);
}
