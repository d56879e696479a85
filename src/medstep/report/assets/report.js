/* medstep report: the per-sample browser.
 * The page embeds a compact index of every sample (#medstep-index: ids, status
 * and category codes) that the filters run on. The samples themselves are in
 * parts: embedded in the page for a small run (#medstep-data, one part), or in
 * script files beside it for a large one (INDEX.src/NNNNN.js, each calling
 * medstepPart(token, k, part)), loaded when a page of samples needs them; a
 * search loads every part once. Only one page of PAGE samples is ever in the
 * DOM. Every piece of text is inserted with textContent: model output is data,
 * never markup. Markdown in outputs and steps is rendered by building
 * elements (strong, em, code, lists), never through innerHTML. */
(function () {
  "use strict";
  var indexBlob = document.getElementById("medstep-index");
  if (!indexBlob) return;
  var X = JSON.parse(indexBlob.textContent);
  var F = X.fields, J = X.judges || [], N = X.n, PART = X.part;
  var PAGE = 50;
  var SHOW = 4000; // characters of a long text shown before "show all" (samples.py SHOW_LIMIT)
  var NO_VALUE = "__medstep_none__"; // the category filter's "(none)" option (see render.py)
  var filtered = [], page = 0, hay = new Array(N), drawn = 0;
  var parts = new Array(X.parts), waiting = {}, broken = {};
  var inline = document.getElementById("medstep-data");
  if (inline) parts[0] = JSON.parse(inline.textContent);

  // ---- parts -------------------------------------------------------------------
  window.medstepPart = function (token, k, part) {
    if (token !== X.token) return; // a part of another report: never shown here
    parts[k] = part;
    var cbs = waiting[k] || [];
    delete waiting[k];
    cbs.forEach(function (cb) { cb(); });
  };
  function partName(k) { return X.src + "/" + ("0000" + k).slice(-5) + ".js"; }
  function loadPart(k, cb) {
    if (parts[k] || broken[k]) { cb(); return; }
    if (waiting[k]) { waiting[k].push(cb); return; }
    waiting[k] = [cb];
    var s = document.createElement("script");
    s.src = partName(k);
    s.onerror = function () {
      broken[k] = true;
      var box = $("part-error");
      box.hidden = false;
      box.textContent = "cannot load " + partName(k) + ": this report reads its samples from the folder " +
        X.src.split("/")[0] + "/ beside it; copy or move the page together with that folder.";
      var cbs = waiting[k] || [];
      delete waiting[k];
      cbs.forEach(function (f) { f(); });
    };
    document.head.appendChild(s);
  }
  function loadParts(ks, cb) {
    var left = ks.length;
    if (!left) { cb(); return; }
    ks.forEach(function (k) { loadPart(k, function () { if (--left === 0) cb(); }); });
  }
  function recordOf(i) {
    var p = parts[Math.floor(i / PART)];
    return p ? p.samples[i % PART] : null;
  }
  function partOf(i) { return parts[Math.floor(i / PART)]; }

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function kv(label, value) {
    var d = el("div", "kv");
    d.appendChild(el("span", null, label));
    d.appendChild(el("span", null, value));
    return d;
  }
  // ---- markdown, as elements --------------------------------------------------
  var INLINE = /(\*\*[^*\n]+\*\*|__[^_\n]+__|`[^`\n]+`|\*[^*\s][^*\n]*\*)/g;
  function mdInline(parent, text) {
    var last = 0, m;
    INLINE.lastIndex = 0;
    while ((m = INLINE.exec(text)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var tok = m[0];
      if (tok.charAt(0) === "`") parent.appendChild(el("code", null, tok.slice(1, -1)));
      else if (tok.slice(0, 2) === "**" || tok.slice(0, 2) === "__") parent.appendChild(el("strong", null, tok.slice(2, -2)));
      else parent.appendChild(el("em", null, tok.slice(1, -1)));
      last = m.index + tok.length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }
  function md(text) {
    var root = el("div", "md"), lines = text.split("\n"), i = 0, list = null, para = null;
    while (i < lines.length) {
      var line = lines[i];
      if (/^\s*```/.test(line)) {
        var code = [];
        for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) code.push(lines[i]);
        root.appendChild(el("pre", "code", code.join("\n")));
        list = para = null; i++; continue;
      }
      var h = /^(#{1,6})\s+(.*)$/.exec(line);
      if (h) { root.appendChild(mdInline(el("div", "md-h"), h[2])); list = para = null; i++; continue; }
      var li = /^\s*(?:[-*+\u2022]|(\d+)[.)])\s+(.*)$/.exec(line);
      if (li) {
        var ordered = li[1] !== undefined;
        if (!list || list.tagName !== (ordered ? "OL" : "UL")) {
          list = el(ordered ? "ol" : "ul");
          if (ordered) list.start = parseInt(li[1], 10);
          root.appendChild(list);
        }
        list.appendChild(mdInline(el("li"), li[2]));
        para = null; i++; continue;
      }
      if (!line.trim()) { list = para = null; i++; continue; }
      if (para) para.appendChild(el("br")); else { para = el("p"); root.appendChild(para); }
      mdInline(para, line); list = null; i++;
    }
    return root;
  }
  function plain(text) { return el("span", null, text); }
  // A long text: its first SHOW characters and a toggle; the page holds at most the kept part.
  function longText(cls, text, total, render) {
    var box = el("div", cls);
    function draw(all) {
      box.textContent = "";
      box.appendChild(render(all ? text : text.slice(0, SHOW)));
      if (text.length <= SHOW) return;
      var b = el("button", "showall", all ? "show less" : "show all (" + (total || text.length) + " characters)");
      b.type = "button";
      b.addEventListener("click", function () { draw(!all); });
      box.appendChild(b);
      if (all && total > text.length)
        box.appendChild(el("div", "muted", "\u2026 " + (total - text.length) + " more characters are not in this page (see samples.jsonl)"));
    }
    draw(false);
    return box;
  }

  // ---- full-size images ----------------------------------------------------------
  function openImage(P, k, id) {
    var FULL = P.full || [], T = P.thumbs;
    var box = el("div", "lightbox");
    box.setAttribute("role", "dialog");
    var img = el("img");
    img.alt = "image of sample " + id;
    var note = el("div", "muted");
    if (FULL[k]) {
      img.src = FULL[k];
      note.textContent = decodeURI(FULL[k].replace(/^file:\/\//, ""));
      img.onerror = function () {
        img.onerror = null;
        img.src = T[k];
        note.textContent = "the original file is not reachable from this page; showing the thumbnail";
      };
    } else {
      img.src = T[k];
      note.textContent = "this image came from a data file, not a file on disk: only its thumbnail is in the page";
    }
    box.appendChild(img);
    box.appendChild(note);
    box.appendChild(el("div", "muted", "click or press Esc to close"));
    function close() { box.remove(); document.removeEventListener("keydown", onKey); }
    function onKey(e) { if (e.key === "Escape") close(); }
    box.addEventListener("click", close);
    document.addEventListener("keydown", onKey);
    document.body.appendChild(box);
  }

  function haystack(i) {
    if (hay[i] === undefined) {
      var r = recordOf(i);
      if (!r) return X.ids[i].toLowerCase();
      var parts_ = [r.i, r.q, r.g, r.a, r.rs || "", r.raw || ""];
      (r.st || []).forEach(function (s) { parts_.push(s[0]); });
      (r.o || []).forEach(function (o) { parts_.push(o[1]); });
      hay[i] = parts_.join("\n").toLowerCase();
    }
    return hay[i];
  }

  // A search reads every sample's text: parts not loaded yet are loaded, four at a time, and the
  // results are filtered again as they arrive, so matches show while the rest is read.
  var searching = false, searchTimer = null;
  function unloaded() {
    var out = [];
    for (var k = 0; k < parts.length; k++) if (!parts[k] && !broken[k]) out.push(k);
    return out;
  }
  function searchAll(missing) {
    searching = true;
    var next = 0, left = missing.length;
    function one() { // a few parts at a time: the page stays responsive while it reads
      if (next >= missing.length) return;
      loadPart(missing[next++], function () {
        if (--left === 0) { searching = false; apply(true); return; }
        if (!searchTimer) searchTimer = setTimeout(function () { searchTimer = null; if (searching) apply(true); }, 400);
        one();
      });
    }
    for (var w = 0; w < 4; w++) one();
  }

  function apply(keepPage) {
    var st = $("f-status").value;
    var cats = F.map(function (_, k) { return $("f-cat-" + k).value; });
    var q = $("f-search").value.trim().toLowerCase();
    var missing = q ? unloaded() : [];
    if (missing.length && !searching) searchAll(missing);
    var st_code = st ? X.statuses.indexOf(st) : -1;
    var codes = cats.map(function (v, k) {
      if (v === "") return -1;
      var c = X.values[k].indexOf(v === NO_VALUE ? "" : v);
      return c < 0 ? -2 : c;
    });
    filtered = [];
    outer: for (var i = 0; i < N; i++) {
      if (st && X.st[i] !== st_code) continue;
      for (var f = 0; f < F.length; f++) {
        if (codes[f] !== -1 && X.cats[f][i] !== codes[f]) continue outer;
      }
      if (q && haystack(i).indexOf(q) < 0) continue;
      filtered.push(i);
    }
    if (keepPage !== true) page = 0;
    searchNote = missing.length ? " (searching: " + (parts.length - missing.length) + " of " + parts.length + " parts read)" : "";
    render();
  }
  var searchNote = "";

  function card(i) {
    var r = recordOf(i), P = partOf(i);
    if (!r) {
      var gone = el("div", "sample");
      gone.setAttribute("data-id", X.ids[i]);
      gone.appendChild(el("div", "err", X.ids[i] + ": this sample's part could not be loaded"));
      return gone;
    }
    var T = P.thumbs;
    var c = el("div", "sample st-" + r.s);
    c.setAttribute("data-id", r.i);
    var head = el("div", "sample-head");
    head.appendChild(el("span", "sid", r.i));
    head.appendChild(el("span", "badge " + r.s, r.s));
    head.appendChild(el("span", null, r.t));
    F.forEach(function (f, k) {
      var v = X.values[k][X.cats[k][i]];
      if (v) head.appendChild(el("span", null, f + ": " + v));
    });
    c.appendChild(head);
    var body = el("div", "sample-body");
    if (r.im || r.iu) {
      var th = el("div", "thumbs");
      (r.im || []).forEach(function (k) {
        var img = el("img");
        img.src = T[k];
        img.alt = "image of sample " + r.i;
        img.title = "click for the full-size image";
        img.tabIndex = 0;
        img.addEventListener("click", function () { openImage(P, k, r.i); });
        img.addEventListener("keydown", function (e) { if (e.key === "Enter") openImage(P, k, r.i); });
        th.appendChild(img);
      });
      if (r.iu) th.appendChild(el("div", "noimg", r.iu === 1 ? "image not shown" : r.iu + " images not shown"));
      body.appendChild(th);
    }
    var tx = el("div", "sample-text");
    tx.appendChild(longText("q", r.q, r.qn, plain));
    if (r.o) {
      var ol = el("ol", "opts");
      r.o.forEach(function (o) {
        var li = el("li");
        li.appendChild(el("b", null, o[0] + "."));
        li.appendChild(document.createTextNode(o[1]));
        ol.appendChild(li);
      });
      tx.appendChild(ol);
    }
    tx.appendChild(kv("gold:", r.g));
    var ans = kv("answer:", "");
    var a = ans.lastChild;
    a.textContent = r.a;
    a.className = "answer";
    a.tabIndex = 0;
    a.setAttribute("data-tip", "extracted answer: " + r.a + "\nextraction rule: " + (r.r || "none (no output to extract from)"));
    tx.appendChild(ans);
    if (r.r) tx.appendChild(kv("rule:", r.r));
    if (r.m) tx.appendChild(kv("matched by:", r.m));
    if (r.st) {
      var steps = el("div", "steps");
      r.st.forEach(function (s) {
        var sp = mdInline(el("span", "step v-" + s[1]), s[0]);
        sp.tabIndex = 0;
        sp.setAttribute("data-tip", s[2]);
        sp.setAttribute("data-verdict", s[1]);
        // the other judges' verdicts on the same step, one chip each
        (s[3] || []).forEach(function (o) {
          var chip = el("span", "chip v-" + o[1], J[o[0]] + ": " + o[1]);
          chip.tabIndex = 0;
          chip.setAttribute("data-tip", o[2]);
          chip.setAttribute("data-verdict", o[1]);
          chip.setAttribute("data-judge", J[o[0]]);
          sp.appendChild(chip);
        });
        steps.appendChild(sp);
      });
      if (r.stn) steps.appendChild(el("div", "muted", (r.stn - r.st.length) + " more steps are not in this page (see samples.jsonl)"));
      tx.appendChild(steps);
    } else if (r.rs) {
      tx.appendChild(longText("text reasoning", r.rs, r.rsn, md));
    }
    if (r.m) tx.appendChild(kv("reasoning scores:", r.m));
    if (r.err) tx.appendChild(el("div", "err", "generation failed: " + r.err));
    if (r.raw) {
      var det = el("details");
      det.appendChild(el("summary", null, "model output"));
      det.appendChild(longText("text", r.raw, r.rawn, md));
      tx.appendChild(det);
    }
    body.appendChild(tx);
    c.appendChild(body);
    return c;
  }

  function render() {
    var box = $("samples");
    var pages = Math.max(1, Math.ceil(filtered.length / PAGE));
    if (page >= pages) page = pages - 1;
    var shown = filtered.slice(page * PAGE, (page + 1) * PAGE);
    var need = {};
    shown.forEach(function (i) { var k = Math.floor(i / PART); if (!parts[k] && !broken[k]) need[k] = true; });
    $("count").textContent = filtered.length + " of " + N + " samples" + searchNote;
    $("pageinfo").textContent = "page " + (page + 1) + " of " + pages;
    $("prev").disabled = page === 0;
    $("next").disabled = page >= pages - 1;
    var ticket = ++drawn;
    var missing = Object.keys(need).map(Number);
    if (missing.length) {
      box.textContent = "";
      box.appendChild(el("div", "muted", "loading samples\u2026"));
    }
    loadParts(missing, function () {
      if (ticket !== drawn) return; // a newer page or filter was asked for meanwhile
      box.textContent = "";
      var frag = document.createDocumentFragment();
      shown.forEach(function (i) { frag.appendChild(card(i)); });
      box.appendChild(frag);
    });
  }

  var tip = $("tooltip");
  function showTip(e) {
    var t = e.target.closest ? e.target.closest("[data-tip]") : null;
    if (!t) return;
    tip.textContent = t.getAttribute("data-tip");
    var rect = t.getBoundingClientRect();
    tip.style.display = "block";
    tip.style.left = Math.max(4, rect.left + window.scrollX) + "px";
    tip.style.top = (rect.bottom + window.scrollY + 4) + "px";
  }
  function hideTip(e) {
    var t = e.target.closest ? e.target.closest("[data-tip]") : null;
    if (t) tip.style.display = "none";
  }
  document.addEventListener("mouseover", showTip);
  document.addEventListener("focusin", showTip);
  document.addEventListener("mouseout", hideTip);
  document.addEventListener("focusout", hideTip);

  var timer = null;
  $("f-status").addEventListener("change", function () { apply(); });
  F.forEach(function (_, k) { $("f-cat-" + k).addEventListener("change", function () { apply(); }); });
  $("f-search").addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
  $("prev").addEventListener("click", function () { page--; render(); });
  $("next").addEventListener("click", function () { page++; render(); });
  apply();
})();
