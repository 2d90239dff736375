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

// Maps: zoom (wheel, +/− buttons, double click) and pan (drag) by moving the SVG's viewBox. Markers and
// names keep their size on screen, so zooming into a city separates the events fanned out around it.
// Without scripts the map is the same SVG, fixed.
function initMapZoom() {
  for (const svg of document.querySelectorAll('svg[data-zoom="map"]')) {
    const start = svg.getAttribute("viewBox").trim().split(/\s+/).map(Number);
    let box = start.slice();
    const circles = Array.from(svg.querySelectorAll(".markers circle"), (c) => [c, Number(c.getAttribute("r"))]);
    const labels = svg.querySelector(".labels");
    const font = labels ? Number(labels.getAttribute("font-size")) : 0;
    const apply = () => {
      svg.setAttribute("viewBox", box.map((v) => v.toFixed(2)).join(" "));
      const k = box[2] / start[2];
      for (const [circle, r] of circles) circle.setAttribute("r", (r * k).toFixed(3));
      if (labels) labels.setAttribute("font-size", (font * k).toFixed(3));
      svg.dispatchEvent(new CustomEvent("mapview", { detail: box.slice() }));
    };
    const toSvg = (clientX, clientY) => {
      const point = svg.createSVGPoint();
      point.x = clientX;
      point.y = clientY;
      return point.matrixTransform(svg.getScreenCTM().inverse());
    };
    // Zoom by `factor` (< 1: in) keeping the point (cx, cy) where it is on screen.
    const zoom = (factor, cx, cy) => {
      const width = Math.min(Math.max(box[2] * factor, start[2] / 60), start[2] * 4);
      const f = width / box[2];
      box = [cx - (cx - box[0]) * f, cy - (cy - box[1]) * f, box[2] * f, box[3] * f];
      apply();
    };
    const centre = () => [box[0] + box[2] / 2, box[1] + box[3] / 2];
    svg.classList.add("zoomable");
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      const p = toSvg(event.clientX, event.clientY);
      zoom(event.deltaY < 0 ? 1 / 1.3 : 1.3, p.x, p.y);
    }, { passive: false });
    svg.addEventListener("dblclick", (event) => {
      event.preventDefault();
      const p = toSvg(event.clientX, event.clientY);
      zoom(event.shiftKey ? 2 : 0.5, p.x, p.y);
    });
    let drag = null;
    let dragged = false;
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, box: box.slice(), ctm: svg.getScreenCTM() };
      dragged = false;
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!dragged && Math.hypot(dx, dy) < 4) return;
      if (!dragged) svg.setPointerCapture(event.pointerId);
      dragged = true;
      svg.classList.add("panning");
      box = [drag.box[0] - dx / drag.ctm.a, drag.box[1] - dy / drag.ctm.d, box[2], box[3]];
      apply();
    });
    const end = () => { drag = null; svg.classList.remove("panning"); };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    // A drag must not also open the marker it ended on.
    svg.addEventListener("click", (event) => { if (dragged) { event.preventDefault(); dragged = false; } }, true);
    const controls = document.createElement("div");
    controls.className = "map-zoom";
    for (const [label, text, act] of [
      ["Zoom in", "+", () => zoom(1 / 1.6, ...centre())],
      ["Zoom out", "−", () => zoom(1.6, ...centre())],
      ["Reset the view", "⟲", () => { box = start.slice(); apply(); }],
    ]) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = text;
      button.title = label;
      button.setAttribute("aria-label", label);
      button.addEventListener("click", act);
      controls.append(button);
    }
    svg.parentElement.append(controls);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  initBrush();
  scrollEvidence();
  initMapZoom();
});
