/**
 * --format html: one self-contained page (inline CSS and JS, nothing fetched) for reviewing
 * what was extracted. Each report is a section: its text with every extracted value
 * highlighted (meeting fields, attendees, statistics coloured by metric, tasks) beside tables
 * of the records. Clicking a row scrolls to its highlight and flashes it (and clicking a
 * highlight finds its row); checkboxes hide rows and dim highlights by metric or kind; with
 * several reports a sidebar moves between them (one report is shown at a time, so a folder of
 * thousands stays light to render).
 *
 * Streamed: the page head is written when the emitter is made, one section per report, and the
 * script that wires it all in end(). Highlights have ids `hl-<report>-<kind>-<index>` (for the
 * meeting, the field's name instead of an index: `hl-0-meeting-date`); every piece of a
 * highlight split around an overlapping one carries `data-hl` with that id, and each record's
 * row has `data-target` with it.
 */
import type { Report } from "../schema/report.js";
import type { Emitter, Sink } from "./emitter.js";
import {
  METRICS,
  METRIC_COLORS,
  highlightsOf,
  isUsableSpan,
  meetingFields,
  metricClass,
  nest,
  qualifierSign,
  type MeetingField,
  type TextNode,
} from "./review/highlights.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** HTML-escape for text and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** 52500000 -> "52.500.000", 12.5 -> "12,5": as the reports write numbers. */
export function formatNumber(n: number): string {
  const [int, frac] = String(Math.abs(n)).split(".") as [string, string | undefined];
  const grouped = /e/i.test(int) ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (n < 0 ? "-" : "") + grouped + (frac ? "," + frac : "");
}

const KIND_FILTERS = [
  ["k-meeting", "meeting"],
  ["k-attendee", "attendees"],
  ["k-task", "tasks"],
] as const;
const METRIC_FILTERS = METRICS.map((m) => [metricClass(m), m] as const);
const FILTER_CLASSES = [...KIND_FILTERS, ...METRIC_FILTERS].map(([c]) => c);

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:grid;grid-template-columns:16rem minmax(0,1fr);grid-template-rows:auto minmax(0,1fr);height:100vh;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fafafa}
body.single{grid-template-columns:minmax(0,1fr)}
body.single #nav,body.single .step{display:none}
#bar{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;padding:.4rem .8rem;border-bottom:1px solid #ddd;background:#fff}
#bar h1{font-size:15px;margin:0}
#pos{color:#666;min-width:4em}
#filter{display:flex;flex-wrap:wrap;gap:.25rem;border:0;margin:0;padding:0;align-items:center}
#filter legend{float:left;margin-right:.3rem;color:#666}
.chip{display:inline-flex;align-items:center;gap:.25rem;border:1px solid #ddd;border-radius:1rem;padding:0 .5rem 0 .25rem;background:#fff;cursor:pointer;font-size:12px;white-space:nowrap}
.chip.zero{opacity:.45}
.chip small{color:#777}
.sw{display:inline-block;width:.85em;height:.85em;border-radius:2px;border:1px solid rgba(0,0,0,.2);vertical-align:-1px}
button{font:inherit;font-size:12px;border:1px solid #ccc;background:#fff;border-radius:4px;padding:0 .5rem;cursor:pointer}
#nav{overflow:auto;border-right:1px solid #ddd;background:#fff;min-height:0}
#navq{width:calc(100% - 1rem);margin:.5rem;font:inherit;padding:.15rem .4rem}
#navlist{list-style:none;margin:0;padding:0 0 1rem}
#navlist a{display:block;padding:.2rem .6rem;color:inherit;text-decoration:none;border-left:3px solid transparent}
#navlist a:hover{background:#f2f4fb}
#navlist a[aria-current]{background:#e8edff;border-left-color:#4060e0;font-weight:600}
#navlist .nm{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#navlist small{color:#777;font-weight:400}
#main{min-height:0;overflow:auto}
.report{display:grid;grid-template-rows:auto minmax(0,1fr);background:#fff}
.js .report{display:none;height:100%}
.js .report.current{display:grid}
.rhead{padding:.4rem 1rem;border-bottom:1px solid #eee}
.rhead h2{font-size:15px;margin:0;word-break:break-all}
.rhead p{margin:.1rem 0;color:#555}
.warn{margin:.2rem 0;padding-left:1.2rem;color:#a15c00;font-size:12px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);min-height:0}
.text{margin:0;padding:1rem 1.2rem;white-space:pre-wrap;overflow-wrap:anywhere;font:14.5px/1.7 Georgia,"Times New Roman",serif;border-right:1px solid #eee}
.js .text,.js .records{overflow:auto;min-height:0}
.notext{color:#888;font-style:italic}
.records{padding:.2rem 1rem 2rem}
.records h3{font-size:13px;margin:1rem 0 .3rem;text-transform:uppercase;letter-spacing:.04em;color:#555}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th,td{text-align:left;vertical-align:top;padding:.15rem .4rem;border-bottom:1px solid #eee}
th{color:#666;font-weight:600;background:#fafafa}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.metric{white-space:nowrap}
.records td:first-child{text-align:right;color:#888;font-variant-numeric:tabular-nums}
tr[data-target]{cursor:pointer}
tr[data-target]:hover{background:#f3f6ff}
tr.nospan td{color:#999}
tr.mismatch td{color:#b00}
.empty{color:#999;font-style:italic;margin:0}
mark{background:none;color:inherit;border-radius:2px;cursor:pointer}
.hl{color:#111}
mark.k-task{background:#eef1ff;box-shadow:inset 0 -2px #93a4ff}
mark.k-meeting{background:#fff0c4;box-shadow:inset 0 -2px #e3a500}
mark.k-attendee{background:#ffe1ef;box-shadow:inset 0 -2px #e0569b}
mark.k-statistic{box-shadow:inset 0 0 0 1px rgba(0,0,0,.22);padding:0 1px}
i.k-task{background:#eef1ff}i.k-meeting{background:#fff0c4}i.k-attendee{background:#ffe1ef}
.selected{outline:2px solid #ff5a1f;outline-offset:1px}
.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,35%{background-color:#ff8a50;outline:3px solid #ff3d00}100%{outline:2px solid #ff5a1f}}
@media (max-width:900px){body{grid-template-columns:minmax(0,1fr)}#nav{display:none}.cols{grid-template-columns:minmax(0,1fr)}}
${METRICS.map((m) => `mark.${metricClass(m)},i.${metricClass(m)}{background:${METRIC_COLORS[m]}}`).join("\n")}
${FILTER_CLASSES.map((c) => `body.off-${c} tr.${c}{display:none}body.off-${c} mark.${c}{background:transparent!important;box-shadow:none!important;color:#8a8a8a}`).join("\n")}
`;

const chip = (cls: string, label: string) =>
  `<label class="chip"><input type="checkbox" data-filter="${cls}" checked><i class="sw ${cls}"></i>${escapeHtml(label)} <small class="n"></small></label>`;

const HEAD = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="report-extract">
<title>report-extract review</title>
<style>${CSS}</style>
<script>document.documentElement.className+=" js"</script>
</head>
<body>
<header id="bar">
<h1>report-extract review</h1>
<span class="step"><button type="button" id="prev" title="previous report (k)">&#8249;</button> <span id="pos"></span> <button type="button" id="next" title="next report (j)">&#8250;</button></span>
<fieldset id="filter" title="hide rows and dim highlights; the numbers count all reports in the page"><legend>Show</legend>
${KIND_FILTERS.map(([c, l]) => chip(c, l)).join("\n")}
${METRIC_FILTERS.map(([c, l]) => chip(c, l)).join("\n")}
<button type="button" id="all">all metrics</button><button type="button" id="none">no metrics</button>
</fieldset>
</header>
<nav id="nav" aria-label="reports"><input id="navq" type="search" placeholder="filter reports" aria-label="filter reports"><ol id="navlist"></ol></nav>
<main id="main">
`;

const SCRIPT = `(function(){"use strict";
var d=document,b=d.body,main=d.getElementById("main"),list=d.getElementById("navlist"),pos=d.getElementById("pos");
var secs=[].slice.call(main.querySelectorAll("section.report")),cur=-1,sel=[],flashing=[],timer=0;
if(secs.length<2)b.classList.add("single");
var frag=d.createDocumentFragment();
secs.forEach(function(s,i){var li=d.createElement("li"),a=d.createElement("a"),n=d.createElement("span"),c=d.createElement("small");
a.href="#"+s.id;a.setAttribute("data-i",i);a.title=s.getAttribute("data-path")||"";n.className="nm";n.textContent=s.getAttribute("data-name");c.textContent=s.getAttribute("data-counts");
a.appendChild(n);a.appendChild(c);li.appendChild(a);frag.appendChild(li)});
list.appendChild(frag);
var links=list.querySelectorAll("a");
function show(i){if(i<0||i>=secs.length||i===cur)return;
if(cur>=0){secs[cur].classList.remove("current");links[cur].removeAttribute("aria-current")}
cur=i;secs[i].classList.add("current");links[i].setAttribute("aria-current","true");pos.textContent=(i+1)+" / "+secs.length;
links[i].scrollIntoView({block:"nearest"})}
function scope(id){return secs[reportOf(id)]||main}
function pieces(id){return [].slice.call(scope(id).querySelectorAll('[data-hl="'+id+'"]'))}
function rowOf(id){return scope(id).querySelector('tr[data-target="'+id+'"]')}
function flash(els){sel.forEach(function(e){e.classList.remove("selected")});flashing.forEach(function(e){e.classList.remove("flash")});
sel=els;flashing=els;els.forEach(function(e){void e.offsetWidth;e.classList.add("flash","selected")});
clearTimeout(timer);timer=setTimeout(function(){flashing.forEach(function(e){e.classList.remove("flash")});flashing=[]},1600)}
function reportOf(id){var m=/^hl-(\\d+)-/.exec(id);return m?+m[1]:-1}
function go(id,toRow){var els=pieces(id),row=rowOf(id);if(!els.length&&!row)return false;
show(reportOf(id));(toRow&&row?row:els[0]||row).scrollIntoView({block:"center"});flash(row?els.concat([row]):els);return true}
function mark(h){history.replaceState(null,"","#"+h)}
main.addEventListener("click",function(e){var t=e.target;if(!t.closest)return;
var tr=t.closest("tr[data-target]");if(tr){var id=tr.getAttribute("data-target");if(go(id,false))mark(id);return}
var m=t.closest("mark[data-hl]");if(m){var h=m.getAttribute("data-hl");if(go(h,true))mark(h)}});
list.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a[data-i]");if(!a)return;e.preventDefault();show(+a.getAttribute("data-i"));mark("r-"+cur)});
function step(k){show(Math.max(0,Math.min(secs.length-1,cur+k)));mark("r-"+cur)}
d.getElementById("prev").onclick=function(){step(-1)};d.getElementById("next").onclick=function(){step(1)};
d.addEventListener("keydown",function(e){var t=e.target.tagName;if(t==="INPUT"||t==="SELECT"||t==="TEXTAREA"||e.ctrlKey||e.metaKey||e.altKey)return;
if(e.key==="j"||e.key==="n")step(1);else if(e.key==="k"||e.key==="p")step(-1)});
function route(){var h=decodeURIComponent(location.hash.slice(1)),m=/^r-(\\d+)$/.exec(h);
if(/^hl-/.test(h)&&go(h,false))return;show(m?+m[1]:Math.max(cur,0))}
window.addEventListener("hashchange",route);
var boxes=[].slice.call(d.querySelectorAll("#filter input[data-filter]"));
function apply(x){b.classList.toggle("off-"+x.getAttribute("data-filter"),!x.checked)}
boxes.forEach(function(x){var c=x.getAttribute("data-filter"),n=main.querySelectorAll("tr."+c).length;
x.parentNode.querySelector(".n").textContent=n;if(!n)x.parentNode.classList.add("zero");apply(x)});
d.getElementById("filter").addEventListener("change",function(e){if(e.target.hasAttribute("data-filter"))apply(e.target)});
function metrics(on){boxes.forEach(function(x){if(x.getAttribute("data-filter").indexOf("m-")===0){x.checked=on;apply(x)}})}
d.getElementById("all").onclick=function(){metrics(true)};d.getElementById("none").onclick=function(){metrics(false)};
d.getElementById("navq").addEventListener("input",function(){var q=this.value.toLowerCase();
[].forEach.call(links,function(a){a.parentNode.hidden=q!==""&&a.textContent.toLowerCase().indexOf(q)<0&&a.title.toLowerCase().indexOf(q)<0})});
route();
// the browser's own jump to a #hl-... fragment comes after this script: centre the highlight again
window.addEventListener("load",function(){var h=location.hash.slice(1),e=/^hl-/.test(h)&&d.getElementById(h);if(e)setTimeout(function(){e.scrollIntoView({block:"center"})},0)});
b.classList.add("ready")})();`;

const FOOT = `</main>
<script>${SCRIPT}</script>
</body>
</html>
`;

function renderNodes(nodes: TextNode[]): string {
  let out = "";
  for (const n of nodes) {
    if (typeof n === "string") {
      out += escapeHtml(n);
      continue;
    }
    const h = n.h;
    const cls = ["hl", `k-${h.kind}`];
    if (h.metric) cls.push(metricClass(h.metric));
    if (!n.first) cls.push("cont");
    out +=
      `<mark${n.first ? ` id="${h.id}"` : ""} data-hl="${h.id}" class="${cls.join(" ")}" title="${escapeHtml(h.label)}">` +
      renderNodes(n.children) +
      "</mark>";
  }
  return out;
}

const truncate = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + "…" : s);

/** a record's row: clickable when its span is in the text, marked when the span's text differs */
function rowAttrs(text: string | undefined, id: string, cls: string[], value: { text: string; span: [number, number] }): string {
  const classes = [...cls];
  let title = "";
  if (text === undefined || !isUsableSpan(text, value.span)) {
    classes.push("nospan");
    title = ` title="no usable span: [${value.span[0]}, ${value.span[1]}]"`;
    return ` class="${classes.join(" ")}"${title}`;
  }
  if (text.slice(value.span[0], value.span[1]) !== value.text) {
    classes.push("mismatch");
    title = ` title="the span's text differs from the value's text"`;
  }
  return ` class="${classes.join(" ")}" data-target="${id}"${title}`;
}

function meetingTable(r: number, fields: MeetingField[]): string {
  if (fields.length === 0) return `<p class="empty">nothing found</p>`;
  const rows = fields.map((f) => {
    const located = f.span !== null;
    const attrs = located ? ` class="k-meeting" data-target="hl-${r}-meeting-${f.field}"` : ` class="k-meeting nohl"`;
    const where = located ? `[${f.span![0]}, ${f.span![1]}]` : f.field === "kind" ? "" : "not found in the text";
    return `<tr${attrs}><th scope="row">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td><td class="num">${where}</td></tr>`;
  });
  return `<table class="meeting"><tbody>${rows.join("")}</tbody></table>`;
}

function attendeesTable(r: number, report: Report, text: string | undefined): string {
  if (report.attendees.length === 0) return `<p class="empty">none</p>`;
  const rows = report.attendees.map((a, i) => {
    const who = [a.honorific, a.name].filter(Boolean).join(" ") || "—";
    return (
      `<tr${rowAttrs(text, `hl-${r}-attendee-${i}`, ["k-attendee"], a)}><td>${i + 1}</td><td>${escapeHtml(who)}</td>` +
      `<td>${escapeHtml([a.title, a.organization].filter(Boolean).join(", "))}</td><td>${escapeHtml(a.role)}</td><td class="num">${a.mentions}</td></tr>`
    );
  });
  return `<table class="attendees"><thead><tr><th>#</th><th>name</th><th>title, organization</th><th>role</th><th>×</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function statisticsTable(r: number, report: Report, text: string | undefined): string {
  if (report.statistics.length === 0) return `<p class="empty">none</p>`;
  const rows = report.statistics.map((s, i) => {
    const mc = metricClass(s.metric);
    const notes = [
      s.qualifier !== "exact" ? s.qualifier : "",
      s.target ? "target" : "",
      s.basis !== "stated" ? s.basis : "",
      s.denominator !== null ? `of ${formatNumber(s.denominator)}` : "",
      [s.award, s.grantor].filter(Boolean).join(" – "),
    ].filter(Boolean);
    return (
      `<tr${rowAttrs(text, `hl-${r}-statistic-${i}`, ["k-statistic", mc], s)}><td>${i + 1}</td>` +
      `<td class="metric"><i class="sw ${mc}"></i> ${escapeHtml(s.metric)}</td>` +
      `<td class="num">${escapeHtml(qualifierSign(s.qualifier) + formatNumber(s.value))}</td><td>${escapeHtml(s.unit)}</td>` +
      `<td>${escapeHtml(s.subject ?? "")}</td><td>${escapeHtml(notes.join("; "))}</td><td>${escapeHtml(truncate(s.text, 120))}</td></tr>`
    );
  });
  return (
    `<table class="statistics"><thead><tr><th>#</th><th>metric</th><th>value</th><th>unit</th><th>subject</th><th>notes</th><th>text</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function tasksTable(r: number, report: Report, text: string | undefined): string {
  if (report.tasks.length === 0) return `<p class="empty">none</p>`;
  const rows = report.tasks.map(
    (t, i) => `<tr${rowAttrs(text, `hl-${r}-task-${i}`, ["k-task"], t)}><td>${i + 1}</td><td>${escapeHtml(truncate(t.text, 240))}</td></tr>`,
  );
  return `<table class="tasks"><thead><tr><th>#</th><th>task</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

const baseName = (p: string) => p.split(/[\\/]/).filter(Boolean).pop() ?? p;

/** One report's section. `r` is its position in the page, used in every id. */
export function renderReportSection(report: Report, r: number): string {
  const text = report.text;
  const fields = meetingFields(report, text);
  const path = report.source.path && report.source.path !== "-" ? report.source.path : null;
  const name = path ? baseName(path) : `report ${r + 1} (standard input)`;
  const counts = `${report.statistics.length} stats · ${report.attendees.length} people · ${report.tasks.length} tasks${report.warnings.length ? ` · ⚠${report.warnings.length}` : ""}`;
  const meta = [
    report.title ? `<strong>${escapeHtml(report.title)}</strong>` : "",
    report.published ? escapeHtml(`published ${report.published.date}${report.published.time ? " " + report.published.time : ""}`) : "",
    report.author ? escapeHtml(`by ${report.author}`) : "",
    escapeHtml(`${report.source.format}, ${report.source.encoding}, ${report.source.bytes} bytes`),
  ].filter(Boolean);
  const warnings = report.warnings.length
    ? `<ul class="warn">${report.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`).join("")}</ul>`
    : "";
  const body =
    text === undefined
      ? `<div class="text notext">The text is not in this report: extract with includeText to review it.</div>`
      : `<div class="text" lang="vi">${renderNodes(nest(text, highlightsOf(report, text, r, fields)))}</div>`;
  return (
    `<section class="report" id="r-${r}" data-name="${escapeHtml(name)}" data-path="${escapeHtml(path ?? "-")}" data-counts="${escapeHtml(counts)}">\n` +
    `<header class="rhead"><h2>${escapeHtml(path ?? name)}</h2><p>${meta.join(" · ")}</p>${warnings}</header>\n` +
    `<div class="cols">\n${body}\n<div class="records">` +
    `<h3>Meeting</h3>${meetingTable(r, fields)}` +
    `<h3>Attendees (${report.attendees.length})</h3>${attendeesTable(r, report, text)}` +
    `<h3>Statistics (${report.statistics.length})</h3>${statisticsTable(r, report, text)}` +
    `<h3>Tasks (${report.tasks.length})</h3>${tasksTable(r, report, text)}` +
    `</div>\n</div>\n</section>\n`
  );
}

export function htmlEmitter(sink: Sink): Emitter {
  let count = 0;
  sink.write(HEAD);
  return {
    write(report) {
      sink.write(renderReportSection(report, count++));
    },
    async end() {
      if (count === 0) sink.write(`<p class="empty" style="padding:1rem">No reports.</p>\n`);
      sink.write(FOOT);
      await sink.end();
    },
  };
}
