/* fabriques site — the tables: sortable headers, and on the action page
 * « qui peut m'aider ? » (the fabriques doing an action, nearest first).
 *
 * The tables are complete without this script; it only adds sorting. The
 * helper reads window.FABRIQUES_SITE (data/fabriques.js). Record texts
 * are put in the page with textContent only. */
(function () {
  'use strict';

  var textsNode = document.getElementById('site-textes');
  var T = textsNode ? JSON.parse(textsNode.textContent) : {};
  var lang = document.documentElement.lang || 'fr';
  var collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  /* The site's root, from this script's own address (assets/tables.js). */
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/tables\.js(\?.*)?$/, '') : '';

  function fill(template, args) {
    return String(template || '').replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(args, k) ? String(args[k]) : m;
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /* --- sorting ------------------------------------------------------------- */

  /* A cell's sort key: its data-sort, else its text; « non renseigné »
     (an .unknown mark) and empty cells sort last either way. */
  function key(cell) {
    if (!cell) {
      return null;
    }
    if (cell.hasAttribute('data-sort')) {
      return cell.getAttribute('data-sort');
    }
    if (cell.querySelector('.unknown')) {
      return null;
    }
    var text = cell.textContent.trim();
    return text === '' ? null : text;
  }

  function compare(a, b) {
    if (a === null || b === null) {
      return a === b ? 0 : null;
    }
    var na = Number(a);
    var nb = Number(b);
    if (a !== '' && b !== '' && !isNaN(na) && !isNaN(nb)) {
      return na - nb;
    }
    return collator.compare(a, b);
  }

  function sortBy(table, th, col) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th[aria-sort]').forEach(function (other) {
      other.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
      return { row: row, key: key(row.cells[col]), i: i };
    });
    rows.sort(function (x, y) {
      var c = compare(x.key, y.key);
      if (c === null) {
        return x.key === null ? 1 : -1;
      }
      return (ascending ? c : -c) || x.i - y.i;
    });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) {
      frag.appendChild(r.row);
    });
    body.appendChild(frag);
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    if (!table.tBodies[0] || table.tBodies[0].rows.length < 2) {
      return;
    }
    table.querySelectorAll('th[data-col]').forEach(function (th) {
      var col = Number(th.getAttribute('data-col'));
      var button = el('button', 'sort-button');
      button.type = 'button';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      button.title = fill(T.sort, { col: button.textContent.trim() });
      th.appendChild(button);
      button.addEventListener('click', function () {
        sortBy(table, th, col);
      });
    });
  });

  /* --- « qui peut m'aider ? » ------------------------------------------------ */

  var form = document.getElementById('qui-aide');
  var D = window.FABRIQUES_SITE;
  if (!form || !D) {
    return;
  }
  form.hidden = false;
  var categorySelect = document.getElementById('aide-cat');
  var communeInput = document.getElementById('aide-commune');
  var datalist = document.getElementById('aide-communes');
  var positionButton = document.getElementById('aide-position');
  var countNode = document.getElementById('aide-compte');
  var results = document.getElementById('aide-resultats');
  var etats = {};
  D.etats.forEach(function (e) {
    etats[e[0]] = e[1];
  });
  var deps = {};
  D.departements.forEach(function (d) {
    deps[d[0]] = d[1];
  });

  /* The communes that have a point, to measure from. */
  var communes = {};
  D.fabriques.forEach(function (f) {
    if (!f.pt || !f.commune) {
      return;
    }
    var label = f.commune + (f.cp ? ' (' + f.cp + ')' : '');
    if (!communes[label]) {
      communes[label] = [f.pt[0], f.pt[1]];
    }
  });
  Object.keys(communes).sort(collator.compare).forEach(function (label) {
    var o = document.createElement('option');
    o.value = label;
    datalist.appendChild(o);
  });

  var origin = null;
  var originText = '';

  function distance(a, b) {
    var r = Math.PI / 180;
    var dLat = (b[0] - a[0]) * r;
    var dLon = (b[1] - a[1]) * r;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
  }

  function update() {
    var cat = categorySelect.value;
    var label = categorySelect.options[categorySelect.selectedIndex] ? categorySelect.options[categorySelect.selectedIndex].text : '';
    var found = [];
    D.fabriques.forEach(function (f) {
      var states = [];
      f.actions.forEach(function (a) {
        if (a[0] === cat) {
          var name = a[1] && etats[a[1]] ? etats[a[1]] : T.unknown;
          if (states.indexOf(name) < 0) {
            states.push(name);
          }
        }
      });
      if (states.length) {
        found.push({ f: f, states: states, km: origin && f.pt ? distance(origin, f.pt) : null });
      }
    });
    found.sort(function (a, b) {
      if (origin) {
        if (a.km === null || b.km === null) {
          return a.km === b.km ? collator.compare(a.f.nom, b.f.nom) : (a.km === null ? 1 : -1);
        }
        return a.km - b.km;
      }
      return collator.compare(a.f.nom, b.f.nom);
    });
    results.textContent = '';
    if (!found.length) {
      countNode.textContent = T.help_none;
      return;
    }
    var where = origin ? originText : T.help_no_commune;
    countNode.textContent = fill(T.help_count, { n: found.length, action: label }) + ' ' + where;
    found.slice(0, 50).forEach(function (x) {
      var li = el('li', 'fab-item');
      if (x.km !== null) {
        li.appendChild(el('span', 'distance', Math.round(x.km) + '\u00a0' + T.km));
      } else if (origin) {
        li.appendChild(el('span', 'distance muted', T.no_point));
      }
      var name;
      if (x.f.p) {
        name = el('a', 'fab-name', x.f.nom);
        name.href = root + 'fabriques/' + encodeURIComponent(x.f.id) + '/index.html';
      } else {
        name = el('span', 'fab-name', x.f.nom);
      }
      li.appendChild(name);
      var place = [x.f.commune, x.f.dep && deps[x.f.dep]].filter(Boolean).join(', ');
      li.appendChild(el('span', 'fab-meta', place));
      li.appendChild(el('span', 'fab-meta', x.states.join(' · ')));
      results.appendChild(li);
    });
  }

  categorySelect.addEventListener('change', update);
  communeInput.addEventListener('input', function () {
    var p = communes[communeInput.value];
    if (p) {
      origin = p;
      originText = fill(T.help_pick, { commune: communeInput.value });
      update();
    } else if (!communeInput.value) {
      origin = null;
      update();
    }
  });
  positionButton.addEventListener('click', function () {
    if (!navigator.geolocation) {
      countNode.textContent = T.help_position_failed;
      return;
    }
    navigator.geolocation.getCurrentPosition(function (pos) {
      origin = [pos.coords.latitude, pos.coords.longitude];
      originText = T.help_position;
      communeInput.value = '';
      update();
    }, function () {
      countNode.textContent = T.help_position_failed;
    }, { timeout: 10000 });
  });
  update();
})();
