// sitroom: small progressive enhancements. Every page works without this file.
"use strict";

// Timeline: drag across the monthly bars to pick a period; it becomes since/until in the URL,
// which the other pages keep. A click on one bar is a plain link (works without scripts too).
function initBrush() {
  const svg = document.getElementById("histogram");
  const brush = document.getElementById("brush");
  if (!svg || !brush) return;
  const bars = Array.from(svg.querySelectorAll("a.bar"));
  if (bars.length < 2) return;
  const toSvgX = (event) => {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse()).x;
  };
  const barAt = (x) => {
    let found = bars[0];
    for (const bar of bars) {
      const rect = bar.querySelector("rect.hit");
      if (x >= Number(rect.getAttribute("x"))) found = bar;
    }
    return found;
  };
  let startX = null;
  let moved = false;
  svg.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    startX = toSvgX(event);
    moved = false;
  });
  svg.addEventListener("pointermove", (event) => {
    if (startX === null) return;
    const x = toSvgX(event);
    if (Math.abs(x - startX) < 4) return;
    moved = true;
    svg.classList.add("brushing");
    brush.setAttribute("x", String(Math.min(x, startX)));
    brush.setAttribute("width", String(Math.abs(x - startX)));
  });
  const finish = (event) => {
    if (startX === null) return;
    const x = toSvgX(event);
    const from = startX;
    startX = null;
    svg.classList.remove("brushing");
    if (!moved) return; // a click: let the bar's link do its job
    const first = barAt(Math.min(from, x)).dataset.month;
    const last = barAt(Math.max(from, x)).dataset.month;
    const url = new URL(window.location.href);
    url.searchParams.set("since", first);
    url.searchParams.set("until", last);
    url.searchParams.delete("offset");
    window.location.assign(url.toString());
  };
  svg.addEventListener("pointerup", finish);
  svg.addEventListener("pointerleave", (event) => { if (moved) finish(event); else startX = null; });
  // A drag must not also follow the link under the pointer.
  svg.addEventListener("click", (event) => { if (moved) { event.preventDefault(); moved = false; } }, true);
}

// Event page: bring each source's highlighted evidence into view inside its scrolling text panel.
function scrollEvidence() {
  for (const panel of document.querySelectorAll(".doctext.scroll")) {
    const mark = panel.querySelector("mark.k-event, mark.hl");
    if (mark) panel.scrollTop = Math.max(0, mark.offsetTop - panel.clientHeight / 3);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  initBrush();
  scrollEvidence();
});
