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
    // A cluster asks to show what it holds: zoom to its markers' box (with a margin), at least twice as close.
    svg.addEventListener("mapzoomto", (event) => {
      const [x0, y0, x1, y1] = event.detail;
      const aspect = start[3] / start[2];
      const width = Math.max(Math.min(Math.max((x1 - x0) * 2, ((y1 - y0) * 2) / aspect), box[2] / 2), start[2] / 60);
      box = [(x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - (width * aspect) / 2, width, width * aspect];
      apply();
    });
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

// Map markers that would overlap on screen (closer than CLUSTER_PX) are drawn as one numbered circle; a
// click on it zooms in until they part. The fan-out of events at one spot is done on the server; this
// groups what is still too close at the current zoom. The list beside the map (#map-list) shows the events
// inside the view. Both follow every zoom and pan (the "mapview" event of initMapZoom).
const SVG_NS = "http://www.w3.org/2000/svg";
const CLUSTER_PX = 22;
const LIST_MAX = 100;

function initMapClusters() {
  for (const svg of document.querySelectorAll('svg[data-zoom="map"]')) {
    const layer = svg.querySelector(".markers");
    if (!layer) continue;
    const start = svg.getAttribute("viewBox").trim().split(/\s+/).map(Number);
    const items = Array.from(layer.querySelectorAll("a.marker:not(.m-place)"), (a) => {
      const c = a.querySelector("circle");
      const kind = Array.from(a.classList).find((k) => k.startsWith("m-")) || "";
      return { a, kind, x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")) };
    });
    const clusters = document.createElementNS(SVG_NS, "g");
    clusters.setAttribute("class", "clusters");
    layer.after(clusters);
    const list = svg.closest(".map-layout") ? document.getElementById("map-list") : null;
    const count = document.getElementById("map-list-count");
    let pending = false;
    const update = () => {
      pending = false;
      const box = svg.getAttribute("viewBox").trim().split(/\s+/).map(Number);
      const ctm = svg.getScreenCTM();
      const unit = ctm && ctm.a ? 1 / ctm.a : box[2] / Math.max(svg.clientWidth, 1); // map units per pixel
      const cell = CLUSTER_PX * unit;
      const groups = new Map();
      for (const it of items) {
        const key = `${Math.floor(it.x / cell)}:${Math.floor(it.y / cell)}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(it);
      }
      const closest = box[2] <= (start[2] / 60) * 1.01; // fully zoomed in: nothing left to part, draw all
      clusters.replaceChildren();
      for (const group of groups.values()) {
        if (group.length === 1 || closest) {
          for (const it of group) it.a.classList.remove("clustered");
          continue;
        }
        for (const it of group) it.a.classList.add("clustered");
        const xs = group.map((it) => it.x);
        const ys = group.map((it) => it.y);
        const x = xs.reduce((s, v) => s + v, 0) / group.length;
        const y = ys.reduce((s, v) => s + v, 0) / group.length;
        const link = document.createElementNS(SVG_NS, "a");
        link.setAttribute("href", "#");
        link.setAttribute("class", "cluster");
        link.setAttribute("role", "button");
        link.setAttribute("aria-label", `${group.length} events here: zoom in`);
        const title = document.createElementNS(SVG_NS, "title");
        title.textContent = `${group.length} events: click to zoom in`;
        const circle = document.createElementNS(SVG_NS, "circle");
        circle.setAttribute("cx", x.toFixed(3));
        circle.setAttribute("cy", y.toFixed(3));
        circle.setAttribute("r", ((9 + Math.min(9, 2 * Math.log2(group.length))) * unit).toFixed(3));
        const text = document.createElementNS(SVG_NS, "text");
        text.setAttribute("x", x.toFixed(3));
        text.setAttribute("y", y.toFixed(3));
        text.setAttribute("font-size", (11 * unit).toFixed(3));
        text.textContent = String(group.length);
        link.append(title, circle, text);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          svg.dispatchEvent(new CustomEvent("mapzoomto", {
            detail: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
          }));
        });
        clusters.append(link);
      }
      if (!list) return;
      const inView = items.filter((it) => it.x >= box[0] && it.x <= box[0] + box[2]
        && it.y >= box[1] && it.y <= box[1] + box[3]);
      const rows = inView.slice(0, LIST_MAX).map((it) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = it.a.getAttribute("href");
        const key = document.createElement("span");
        key.className = `key ${it.kind}`;
        a.append(key, it.a.getAttribute("aria-label"));
        li.append(a);
        return li;
      });
      if (!rows.length) {
        const li = document.createElement("li");
        li.className = "empty";
        li.textContent = "No located event in view: zoom out or pan.";
        rows.push(li);
      }
      list.replaceChildren(...rows);
      if (count) count.textContent = inView.length > LIST_MAX ? `${LIST_MAX} of ${inView.length}` : String(inView.length);
    };
    svg.addEventListener("mapview", () => {
      if (!pending) {
        pending = true;
        requestAnimationFrame(update);
      }
    });
    window.addEventListener("resize", () => svg.dispatchEvent(new CustomEvent("mapview")));
    update();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  initBrush();
  scrollEvidence();
  initMapZoom();
  initMapClusters();
});
