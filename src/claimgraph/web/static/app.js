// claimgraph article view: statement details on hover/click, sources and findings panel.
// Reads only data-* attributes and toggles `hidden`/classes on server-rendered elements; it
// never builds HTML from strings (no innerHTML), so article text stays inert.
"use strict";

(function () {
  function docOf(el) {
    return el.closest("article.doc");
  }

  function pieces(doc, attId) {
    return doc.querySelectorAll('.att[data-att="' + CSS.escape(attId) + '"]');
  }

  function showDetail(doc, attId, pin) {
    var box = doc.querySelector(".detail-box");
    if (!box) return;
    if (!pin && box.dataset.pinned) return;
    box.querySelectorAll(".detail").forEach(function (d) { d.hidden = true; });
    var target = doc.querySelector("#" + CSS.escape("detail-" + attId));
    var ph = box.querySelector(".placeholder");
    if (target) {
      target.hidden = false;
      if (ph) ph.hidden = true;
    }
    if (pin) box.dataset.pinned = attId;
    doc.querySelectorAll(".att.active").forEach(function (e) { e.classList.remove("active"); });
    pieces(doc, attId).forEach(function (e) { e.classList.add("active"); });
  }

  function flash(doc, attId) {
    pieces(doc, attId).forEach(function (e) {
      e.classList.remove("flash");
      void e.offsetWidth; // restart the animation
      e.classList.add("flash");
    });
  }

  function selectSource(doc, key) {
    var button = doc.querySelector('.source[data-src="' + CSS.escape(key) + '"]');
    var wasOn = button && button.getAttribute("aria-expanded") === "true";
    doc.querySelectorAll(".source").forEach(function (b) { b.setAttribute("aria-expanded", "false"); });
    doc.querySelectorAll(".statements").forEach(function (l) { l.hidden = true; });
    doc.querySelectorAll(".att.hl").forEach(function (e) { e.classList.remove("hl"); });
    doc.querySelectorAll(".graph .node.hl").forEach(function (e) { e.classList.remove("hl"); });
    if (wasOn || !button) return;
    button.setAttribute("aria-expanded", "true");
    var list = doc.querySelector("#" + CSS.escape(doc.id.replace(/doc$/, "") + "stmts-" + key));
    if (list) list.hidden = false;
    doc.querySelectorAll('.att[data-src="' + CSS.escape(key) + '"]').forEach(function (e) {
      e.classList.add("hl");
    });
    doc.querySelectorAll('.graph .node[data-src="' + CSS.escape(key) + '"]').forEach(function (e) {
      e.classList.add("hl");
    });
  }

  document.addEventListener("mouseover", function (ev) {
    var att = ev.target.closest && ev.target.closest(".att");
    if (att) showDetail(docOf(att), att.dataset.att, false);
  });

  document.addEventListener("focusin", function (ev) {
    var att = ev.target.closest && ev.target.closest(".att");
    if (att) showDetail(docOf(att), att.dataset.att, false);
  });

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!t.closest) return;
    var src = t.closest(".source, .graph .node[data-src]");
    if (src) {
      selectSource(docOf(src), src.dataset.src || src.getAttribute("data-src"));
      return;
    }
    var link = t.closest("a[data-att]");
    if (link) {
      var d = docOf(link);
      showDetail(d, link.dataset.att, true);
      flash(d, link.dataset.att);
      return; // the href scrolls to the statement
    }
    var att = t.closest(".att");
    if (att) {
      var doc = docOf(att);
      var box = doc.querySelector(".detail-box");
      if (box && box.dataset.pinned === att.dataset.att) {
        delete box.dataset.pinned;
      } else {
        showDetail(doc, att.dataset.att, true);
      }
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var att = ev.target.closest && ev.target.closest(".att");
    if (att) showDetail(docOf(att), att.dataset.att, true);
  });
})();
