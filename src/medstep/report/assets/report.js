/* medstep report: the per-sample browser.
 * All samples live in one JSON blob (#medstep-data); only one page of PAGE
 * samples is ever in the DOM, so a 10,000-sample report stays responsive.
 * Every piece of text is inserted with textContent: model output is data,
 * never markup. */
(function () {
  "use strict";
  var blob = document.getElementById("medstep-data");
  if (!blob) return;
  var data = JSON.parse(blob.textContent);
  var S = data.samples, F = data.fields, T = data.thumbs, J = data.judges || [];
  var PAGE = 50;
  var NO_VALUE = "__medstep_none__"; // the category filter's "(none)" option (see render.py)
  var filtered = [], page = 0, hay = new Array(S.length);

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
  function haystack(i) {
    if (hay[i] === undefined) {
      var r = S[i];
      var parts = [r.i, r.q, r.g, r.a, r.rs || "", r.raw || ""];
      (r.st || []).forEach(function (s) { parts.push(s[0]); });
      (r.o || []).forEach(function (o) { parts.push(o[1]); });
      hay[i] = parts.join("\n").toLowerCase();
    }
    return hay[i];
  }

  function apply() {
    var st = $("f-status").value;
    var cats = F.map(function (_, k) { return $("f-cat-" + k).value; });
    var q = $("f-search").value.trim().toLowerCase();
    filtered = [];
    outer: for (var i = 0; i < S.length; i++) {
      var r = S[i];
      if (st && r.s !== st) continue;
      for (var k = 0; k < F.length; k++) {
        if (cats[k] === "") continue;
        if (r.c[k] !== (cats[k] === NO_VALUE ? "" : cats[k])) continue outer;
      }
      if (q && haystack(i).indexOf(q) < 0) continue;
      filtered.push(i);
    }
    page = 0;
    render();
  }

  function card(r) {
    var c = el("div", "sample st-" + r.s);
    c.setAttribute("data-id", r.i);
    var head = el("div", "sample-head");
    head.appendChild(el("span", "sid", r.i));
    head.appendChild(el("span", "badge " + r.s, r.s));
    head.appendChild(el("span", null, r.t));
    F.forEach(function (f, k) { if (r.c[k]) head.appendChild(el("span", null, f + ": " + r.c[k])); });
    c.appendChild(head);
    var body = el("div", "sample-body");
    if (r.im || r.ie) {
      var th = el("div", "thumbs");
      (r.im || []).forEach(function (k) {
        var img = el("img");
        img.src = T[k];
        img.alt = "image of sample " + r.i;
        th.appendChild(img);
      });
      (r.ie || []).forEach(function (m) { th.appendChild(el("div", "err", m)); });
      body.appendChild(th);
    }
    var tx = el("div", "sample-text");
    tx.appendChild(el("div", "q", r.q));
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
    if (r.st) {
      var steps = el("div", "steps");
      r.st.forEach(function (s) {
        var sp = el("span", "step v-" + s[1], s[0]);
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
      tx.appendChild(steps);
    } else if (r.rs) {
      tx.appendChild(el("pre", "text reasoning", r.rs));
    }
    if (r.m) tx.appendChild(kv("reasoning scores:", r.m));
    if (r.err) tx.appendChild(el("div", "err", "generation failed: " + r.err));
    if (r.raw) {
      var det = el("details");
      det.appendChild(el("summary", null, "raw model output"));
      det.appendChild(el("pre", "text", r.raw));
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
    box.textContent = "";
    var frag = document.createDocumentFragment();
    filtered.slice(page * PAGE, (page + 1) * PAGE).forEach(function (i) { frag.appendChild(card(S[i])); });
    box.appendChild(frag);
    $("count").textContent = filtered.length + " of " + S.length + " samples";
    $("pageinfo").textContent = "page " + (page + 1) + " of " + pages;
    $("prev").disabled = page === 0;
    $("next").disabled = page >= pages - 1;
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
  $("f-status").addEventListener("change", apply);
  F.forEach(function (_, k) { $("f-cat-" + k).addEventListener("change", apply); });
  $("f-search").addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
  $("prev").addEventListener("click", function () { page--; render(); });
  $("next").addEventListener("click", function () { page++; render(); });
  apply();
})();
