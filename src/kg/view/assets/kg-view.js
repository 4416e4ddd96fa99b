// kg graph page: tooltips, details panel, menus and the end of the layout.
// Every piece of article text goes into the page through textContent or as a vis label
// (drawn on the canvas): nothing here parses a string as HTML. Tooltips are elements, so no
// vis-network version can read them as HTML; an article URL is a link only if it is http(s).
/* global vis, TomSelect, nodes, edges, network, allNodes, allEdges, nodeColors, kgDetails,
   kgFilters, kgLive, neighbourhoodHighlight, filterHighlight, selectNode, highlightActive,
   filterActive */

function kgEl(tag, text, className) {
  var el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = String(text);
  if (className) el.className = className;
  return el;
}

// An article URL as a link when it is http(s), else as plain text (javascript:, data:, ...).
function kgLink(url) {
  var parsed = null;
  try { parsed = new URL(String(url)); } catch (err) { parsed = null; }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    return kgEl("span", url, "kg-url");
  }
  var link = kgEl("a", url, "kg-url");
  link.href = parsed.href;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}

function kgSummary(d) {
  return [d.kind, d.type, d.date, d.amount].filter(function (x) { return x; }).join(" · ");
}

// Where a piece of evidence comes from: article URL, source file, extraction rule.
function kgOrigin(e) {
  var line = kgEl("span", null, "kg-origin");
  var parts = [];
  if (e.url) parts.push(kgLink(e.url));
  if (e.path) parts.push(kgEl("span", e.path, "kg-path"));
  if (e.rule) parts.push(kgEl("span", "rule " + e.rule, "kg-rule"));
  parts.forEach(function (part, i) {
    if (i) line.appendChild(document.createTextNode(" · "));
    line.appendChild(part);
  });
  return line;
}

// Sources and evidence sentences of a node; `origin` adds each one's URL, file and rule.
function kgEvidence(d, limit, origin) {
  var box = document.createDocumentFragment();
  var count = d.evidence_count || 0;
  if (d.sources) {
    box.appendChild(kgEl("div", "Sources: " + d.sources + " article" + (d.sources === 1 ? "" : "s")));
  }
  if (!count) return box;
  box.appendChild(kgEl("div", "Evidence: " + count + " sentence" + (count === 1 ? "" : "s")));
  var list = kgEl("ol");
  var shown = (d.evidence || []).slice(0, limit);
  shown.forEach(function (e) {
    var item = kgEl("li");
    item.appendChild(kgEl("span", e.sentence, "kg-sentence"));
    item.appendChild(kgEl("span", "— " + (e.headline || "untitled article"), "kg-source"));
    if (origin) item.appendChild(kgOrigin(e));
    list.appendChild(item);
  });
  box.appendChild(list);
  if (count > shown.length) box.appendChild(kgEl("div", "… and " + (count - shown.length) + " more"));
  return box;
}

// The hover tooltip of a node: an element, so vis-network shows it as it is.
function kgTip(id) {
  var d = kgDetails[id] || {};
  var tip = kgEl("div", null, "kg-tip");
  tip.appendChild(kgEl("b", d.label));
  tip.appendChild(kgEl("div", kgSummary(d)));
  tip.appendChild(kgEvidence(d, 3, false));
  return tip;
}

function kgShowNode(id) {
  var d = kgDetails[id] || {};
  var panel = document.getElementById("kg-panel");
  panel.replaceChildren();
  panel.appendChild(kgEl("h2", d.label));
  panel.appendChild(kgEl("p", kgSummary(d), "kg-summary"));
  panel.appendChild(kgEl("p", id, "kg-iri"));
  (d.properties || []).forEach(function (p) { panel.appendChild(kgEl("p", p[0] + ": " + p[1])); });
  panel.appendChild(kgEvidence(d, 1000, true));
  var links = edges.get({ filter: function (e) { return e.from === id || e.to === id; } });
  if (links.length) {
    panel.appendChild(kgEl("h3", "Links"));
    var list = kgEl("ul");
    links.forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var text = e.from === id ? e.label + " → " : "← " + e.label + " of ";
      list.appendChild(kgEl("li", text + ((kgDetails[other] || {}).label || other)));
    });
    panel.appendChild(list);
  }
}

function kgShowEdge(id) {
  var e = edges.get(id);
  var panel = document.getElementById("kg-panel");
  panel.replaceChildren();
  if (!e) return;
  panel.appendChild(kgEl("h2", e.label));
  panel.appendChild(kgEl("p", e.text));
}

function kgSelectMenu() {
  var select = document.getElementById("select-node");
  if (!select) return;
  var control = new TomSelect(select, { create: false, maxOptions: 200,
    sortField: { field: "text", direction: "asc" } });
  control.on("change", function (value) {
    if (!value) return;
    selectNode([value]);
    kgShowNode(value);
    network.focus(value, { scale: 1.0, animation: false });
  });
  document.getElementById("select-reset").addEventListener("click", function () {
    control.clear(true);
    network.unselectAll();
    neighbourhoodHighlight({ nodes: [] });
  });
}

function kgFilterMenu() {
  var item = document.getElementById("select-item");
  if (!item) return;
  var filter = { item: "", property: "", value: [] };
  var itemControl, propControl, valueControl;
  var opts = { valueField: "id", labelField: "title", searchField: "title", create: false,
    sortField: { field: "title", direction: "asc" } };
  valueControl = new TomSelect("#select-value", Object.assign({ maxItems: null }, opts));
  propControl = new TomSelect("#select-property", opts);
  itemControl = new TomSelect(item, { create: false });
  itemControl.on("change", function (value) {
    filter = { item: value, property: "", value: [] };
    propControl.clear(true); propControl.clearOptions();
    valueControl.clear(true); valueControl.clearOptions();
    (kgFilters[value] || []).forEach(function (p) { propControl.addOption({ id: p, title: p }); });
  });
  propControl.on("change", function (value) {
    filter.property = value; filter.value = [];
    valueControl.clear(true); valueControl.clearOptions();
    var items = filter.item === "edge" ? edges.get() : nodes.get();
    var seen = {};
    items.forEach(function (x) {
      var v = x[value];
      if (v === undefined || v === null || v === "") return;
      v = String(v);
      if (!seen[v]) { seen[v] = true; valueControl.addOption({ id: v, title: v }); }
    });
  });
  valueControl.on("change", function () { filter.value = valueControl.getValue(); });
  document.getElementById("filter-apply").addEventListener("click", function () {
    if (!filter.item || !filter.property || !filter.value.length) return;
    var chosen = {};
    if (filter.item === "node") {
      nodes.get().forEach(function (n) {
        if (filter.value.indexOf(String(n[filter.property])) >= 0) chosen[n.id] = true;
      });
    } else {
      edges.get().forEach(function (e) {
        if (filter.value.indexOf(String(e[filter.property])) >= 0) {
          chosen[e.from] = true; chosen[e.to] = true;
        }
      });
    }
    var ids = Object.keys(chosen);
    if (ids.length) filterHighlight({ nodes: ids });
  });
  document.getElementById("filter-reset").addEventListener("click", function () {
    itemControl.clear(true); propControl.clear(true); propControl.clearOptions();
    valueControl.clear(true); valueControl.clearOptions();
    filter = { item: "", property: "", value: [] };
    filterHighlight({ nodes: [] });
  });
}

function kgStable() {
  if (window.kgStableAt !== undefined) return;
  window.kgStableAt = performance.now();
  document.body.setAttribute("data-kg-state", "stable");
}

function kgDraw(container, nodes, edges, options) {
  nodes.update(nodes.get().map(function (n) { return { id: n.id, title: kgTip(n.id) }; }));
  edges.update(edges.get().map(function (e) {
    return { id: e.id, text: e.title, title: kgEl("div", e.title, "kg-tip") };
  }));
  nodeColors = {};
  allNodes = nodes.get({ returnType: "Object" });
  for (var id in allNodes) nodeColors[id] = allNodes[id].color;
  allEdges = edges.get({ returnType: "Object" });
  var net = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  network = net;
  net.on("click", function (params) {
    if (params.nodes.length) kgShowNode(params.nodes[0]);
    else if (params.edges.length) kgShowEdge(params.edges[0]);
  });
  if (!nodes.length) {
    kgStable();
  } else if (options.physics && options.physics.enabled) {
    net.once("stabilizationIterationsDone", function () {
      if (!kgLive) net.setOptions({ physics: { enabled: false } });
      kgStable();
    });
    net.once("stabilized", kgStable);
  } else {
    net.once("afterDrawing", kgStable);
  }
  kgSelectMenu();
  kgFilterMenu();
  return net;
}
