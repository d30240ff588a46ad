import fs from "node:fs";
const { scanAmounts } = await import("./dist/extract/statistics/numbers.js");
const text = fs.readdirSync("/tmp/sub1000").slice(0,400).map(f=>fs.readFileSync("/tmp/sub1000/"+f,"utf8")).join("\n");
const sents = text.split(/(?<=[.!?])\s+|\n/).filter(s=>/\d/.test(s));
let best=1e9; for (let p=0;p<8;p++){ const t0=performance.now(); for (const s of sents) scanAmounts(s); best=Math.min(best, performance.now()-t0); }
console.log(sents.length, "sentences; scanAmounts best", best.toFixed(1), "ms");
