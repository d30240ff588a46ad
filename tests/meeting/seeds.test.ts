import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import { seedText } from "../helpers.js";

/** Every meeting field of every seed, plus headline, date line and byline. */
const EXPECTED: Record<string, any> = {
  "000_535c95fd56643c6a": {
    title: "Hội nghị tổng kết công tác Công đoàn năm 2021",
    published: null,
    author: null,
    meeting: {
      kind: "annual_review",
      name: "Hội nghị tổng kết công tác công đoàn năm 2021",
      date: "2022-01-10",
      organizer: { name: "Liên đoàn Lao động huyện Đình Lập", level: "district", place: "huyện Đình Lập" },
      session: null,
      term: null,
      period: { label: "năm 2021", from: "2021-01", to: "2021-12" },
      nextPeriod: { label: "năm 2022", from: "2022-01", to: "2022-12" },
    },
  },
  "001_459a7166bd750c28": {
    title: "Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 9 đã thành công tốt đẹp",
    published: { date: "2022-01-11", time: "11:31" },
    author: "Vũ Dung",
    meeting: {
      kind: "annual_review",
      name: "Hội nghị Ban Chấp hành lần thứ 9",
      date: "2022-01-11",
      organizer: { name: "Liên đoàn Lao động tỉnh", level: "province", place: null },
      session: 9,
      term: null,
      period: { label: "năm 2021", from: "2021-01", to: "2021-12" },
      nextPeriod: { label: "năm 2022", from: "2022-01", to: "2022-12" },
    },
  },
  "002_a50bae05b9ac2406": {
    title: "LĐLĐ huyện Chi Lăng tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020",
    published: { date: "2019-12-31", time: "17:16" },
    author: "Đỗ Thị Gấm",
    meeting: {
      kind: "annual_review",
      name: "Hội nghị tổng kết công tác công đoàn năm 2019",
      date: "2019-12-30",
      organizer: { name: "Liên đoàn Lao động huyện Chi Lăng", level: "district", place: "huyện Chi Lăng" },
      session: null,
      term: null,
      period: { label: "năm 2019", from: "2019-01", to: "2019-12" },
      nextPeriod: { label: "năm 2020", from: "2020-01", to: "2020-12" },
    },
  },
  "003_8669d27cfbe45e39": {
    title: "Liên đoàn Lao động quận Long Biên: Phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ được giao",
    published: null,
    author: null,
    meeting: {
      kind: "midyear_review",
      name: "Kỳ họp thứ XXII Hội nghị Ban Chấp hành LĐLĐ quận",
      date: null,
      organizer: { name: "Liên đoàn Lao động quận Long Biên", level: "district", place: "quận Long Biên" },
      session: 22,
      term: null,
      period: { label: "6 tháng đầu năm", from: "2022-01", to: "2022-06" },
      nextPeriod: { label: "6 tháng cuối năm 2022", from: "2022-07", to: "2022-12" },
    },
  },
  "004_26480470671b356b": {
    title: "Liên đoàn Lao động huyện Đam Rông sơ kết công tác Công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023",
    published: { date: "2023-07-13", time: "08:06" },
    author: "Văn Cương",
    meeting: {
      kind: "midyear_review",
      name: "Hội nghị Ban chấp hành Công đoàn lần thứ 2",
      date: "2023-07-12",
      organizer: { name: "Liên đoàn Lao động huyện Đam Rông", level: "district", place: "huyện Đam Rông" },
      session: 2,
      term: { from: 2023, to: 2028 },
      period: { label: "6 tháng đầu năm", from: "2023-01", to: "2023-06" },
      nextPeriod: { label: "6 tháng cuối năm 2023", from: "2023-07", to: "2023-12" },
    },
  },
};

describe("meeting record of every seed", () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(id, () => {
      const r = extract(seedText(id), { path: `fixtures/seeds/${id}.txt` });
      expect({ title: r.title, published: r.published, author: r.author, meeting: r.meeting }).toEqual(expected);
    });
  }
});
